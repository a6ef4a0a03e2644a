namespace AiVideo.Generation.Application.Jobs;

/// <summary>The worker's heartbeat: the lease is extended and the progress recorded; false means the job is no longer the worker's (cancelled, or taken over after its lease ran out) and it must stop.</summary>
public sealed class RenewJob(IJobs jobs, IOptions<JobOptions> options, TimeProvider time)
{
    public Task<bool> ExecuteAsync(ClaimedJob job, string? stage, int progress, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var trimmed = stage is { Length: > GenerationJob.MaxStageLength } ? stage[..GenerationJob.MaxStageLength] : stage;
        return jobs.RenewAsync(job.JobId, job.Worker, job.Attempt, now + options.Value.LeaseDuration, trimmed, Math.Clamp(progress, 0, 100), now, cancellationToken);
    }
}
