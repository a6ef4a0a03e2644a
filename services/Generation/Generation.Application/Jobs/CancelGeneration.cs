namespace AiVideo.Generation.Application.Jobs;

/// <summary>
/// Stops a request's job: a queued one never runs; a running one is told to stop (its ffmpeg killed, its workspace
/// removed) at once in this process and at its next heartbeat elsewhere. Asked by a user (<paramref name="announce"/>),
/// <see cref="GenerationFailed"/> with code <c>cancelled</c> tells whoever waits for the result; asked by projects-api
/// itself, nothing is announced. Another company's request is not found.
/// </summary>
public sealed class CancelGeneration(IJobs jobs, IUnitOfWork unitOfWork, IIntegrationEvents events, IJobSignals signals, TimeProvider time)
{
    public async Task<Result<GenerationView>> ExecuteAsync(Guid companyId, Guid requestId, string reason, bool announce, CancellationToken cancellationToken)
    {
        var result = await unitOfWork.InTransactionAsync<Result<GenerationJob>>(async () =>
        {
            var job = await jobs.LockByRequestAsync(requestId, cancellationToken);
            if (job is null || job.CompanyId != companyId || job.DeletedAt is not null)
            {
                return Error.NotFound("generation");
            }
            var cancelled = job.Cancel(reason, time.GetUtcNow());
            if (!cancelled.IsSuccess)
            {
                return cancelled.Error;
            }
            if (announce)
            {
                events.Publish(JobFailures.EventOf(job));
            }
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return job;
        }, cancellationToken);
        if (result.IsSuccess)
        {
            signals.JobCancelled(result.Value.Id);
        }
        return result.Map(GenerationView.Of);
    }
}
