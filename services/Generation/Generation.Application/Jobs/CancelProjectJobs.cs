using AiVideo.Generation.Domain.Projects;

namespace AiVideo.Generation.Application.Jobs;

/// <summary>
/// A project was deleted: it is remembered as deleted (so that a request for it arriving later starts no job, see
/// <see cref="EnqueueJob"/>), and every job of it still queued or running is cancelled (running ones stop their tools),
/// in one transaction. Nothing is announced: nobody waits for them.
/// </summary>
public sealed class CancelProjectJobs(IJobs jobs, IDeletedProjects deletedProjects, IUnitOfWork unitOfWork, IJobSignals signals, TimeProvider time)
{
    public async Task<int> ExecuteAsync(Guid companyId, Guid projectId, CancellationToken cancellationToken)
    {
        var cancelled = await unitOfWork.InTransactionAsync(async () =>
        {
            var now = time.GetUtcNow();
            // First: it holds the project's lock, so a job being queued for it now is committed before the lookup below, or waits and sees it deleted.
            await deletedProjects.RememberAsync(DeletedProject.Of(projectId, companyId, now), cancellationToken);
            var active = await jobs.LockActiveOfProjectAsync(companyId, projectId, cancellationToken);
            foreach (var job in active)
            {
                job.Cancel(DeletedProject.CancelReason, now);
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
