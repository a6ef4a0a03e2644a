using AiVideo.Generation.Domain.Projects;

namespace AiVideo.Generation.Application.Jobs;

/// <summary>
/// A worker's attempt failed: a retryable failure with attempts left puts the job back in the queue after a backoff with
/// jitter; otherwise the job fails and <see cref="GenerationFailed"/> (stage, code, message, retryable) goes out with it.
/// An attempt that failed because the job's project was deleted (<see cref="MediaErrorCodes.ProjectDeleted"/>: media-api
/// refuses its files) cancels the job instead, as the deletion does, announced to nobody. A worker that lost the job
/// changes nothing.
/// </summary>
public sealed class FailJob(IJobs jobs, IUnitOfWork unitOfWork, IIntegrationEvents events, IOptions<JobOptions> options, TimeProvider time)
{
    /// <param name="notBefore">The least backoff before the next attempt (a provider's <c>Retry-After</c>).</param>
    public async Task<FailureOutcome?> ExecuteAsync(ClaimedJob claimed, JobFailure failure, CancellationToken cancellationToken, TimeSpan? notBefore = null) =>
        await unitOfWork.InTransactionAsync(async () =>
        {
            var job = await jobs.LockAsync(claimed.JobId, cancellationToken);
            if (job is null)
            {
                return (FailureOutcome?)null;
            }
            if (failure.Code == MediaErrorCodes.ProjectDeleted)
            {
                if (!job.Abandon(claimed.Worker, claimed.Attempt, DeletedProject.CancelReason, time.GetUtcNow()).IsSuccess)
                {
                    return null;
                }
                await unitOfWork.SaveChangesAsync(cancellationToken);
                return FailureOutcome.Cancelled;
            }
            var delay = options.Value.Retries.DelayAfter(job.Attempts, Random.Shared.NextDouble());
            if (notBefore is { } wait && wait > delay)
            {
                delay = wait;
            }
            var outcome = job.Fail(claimed.Worker, claimed.Attempt, failure, time.GetUtcNow(), delay);
            if (!outcome.IsSuccess)
            {
                return null;
            }
            if (outcome.Value == FailureOutcome.Failed)
            {
                events.Publish(JobFailures.EventOf(job));
            }
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return outcome.Value;
        }, cancellationToken);
}
