namespace AiVideo.Generation.Application.Jobs;

/// <summary>A worker shutting down hands its job back: queued again at once, the interrupted attempt not counted.</summary>
public sealed class ReleaseJob(IJobs jobs, IUnitOfWork unitOfWork, TimeProvider time)
{
    public async Task<bool> ExecuteAsync(ClaimedJob claimed, CancellationToken cancellationToken) =>
        await unitOfWork.InTransactionAsync(async () =>
        {
            var job = await jobs.LockAsync(claimed.JobId, cancellationToken);
            if (job is null || !job.Release(claimed.Worker, claimed.Attempt, time.GetUtcNow()).IsSuccess)
            {
                return false;
            }
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return true;
        }, cancellationToken);
}
