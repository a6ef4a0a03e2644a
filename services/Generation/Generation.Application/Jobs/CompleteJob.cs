namespace AiVideo.Generation.Application.Jobs;

/// <summary>
/// A worker finished its job: the job succeeds and its events go out in the same transaction, once. A worker that lost
/// the job meanwhile (it was cancelled, or taken over because the lease ran out) changes nothing and publishes nothing:
/// the job finishes once, by whoever holds it.
/// </summary>
public sealed class CompleteJob(IJobs jobs, IUnitOfWork unitOfWork, IIntegrationEvents events, TimeProvider time)
{
    public async Task<bool> ExecuteAsync(ClaimedJob claimed, JobOutcome outcome, CancellationToken cancellationToken) =>
        await unitOfWork.InTransactionAsync(async () =>
        {
            var job = await jobs.LockAsync(claimed.JobId, cancellationToken);
            if (job is null || !job.Succeed(claimed.Worker, claimed.Attempt, outcome.Result, time.GetUtcNow()).IsSuccess)
            {
                return false;
            }
            foreach (var @event in outcome.Events)
            {
                events.Publish(@event);
            }
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return true;
        }, cancellationToken);
}
