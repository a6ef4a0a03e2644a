namespace AiVideo.Generation.Application.Jobs;

/// <summary>A project was deleted: every job of it still queued or running is cancelled (running ones stop their tools). Nothing is announced: nobody waits for them.</summary>
public sealed class CancelProjectJobs(IJobs jobs, IUnitOfWork unitOfWork, IJobSignals signals, TimeProvider time)
{
    public async Task<int> ExecuteAsync(Guid companyId, Guid projectId, CancellationToken cancellationToken)
    {
        var cancelled = await unitOfWork.InTransactionAsync(async () =>
        {
            var active = await jobs.LockActiveOfProjectAsync(companyId, projectId, cancellationToken);
            foreach (var job in active)
            {
                job.Cancel("project deleted", time.GetUtcNow());
            }
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return active.Select(j => j.Id).ToList();
        }, cancellationToken);
        foreach (var id in cancelled)
        {
            signals.JobCancelled(id);
        }
        return cancelled.Count;
    }
}
