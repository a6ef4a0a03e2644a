namespace AiVideo.Generation.Application.Jobs;

/// <summary>Runs a claimed job with the handler of its kind in a fresh workspace that is removed afterwards, whatever happened.</summary>
public sealed class RunJob(IEnumerable<IJobHandler> handlers, IMediaWorkspaces workspaces)
{
    public async Task<JobOutcome> ExecuteAsync(ClaimedJob job, IProgress<MediaProgress> progress, CancellationToken cancellationToken)
    {
        var handler = handlers.FirstOrDefault(h => h.Kinds.Contains(job.Kind))
            ?? throw MediaProcessingException.InvalidRequest($"No handler makes jobs of kind '{job.Kind}'.");
        using var workspace = workspaces.Create(job.Kind);
        using var running = Usage.CurrentJob.Enter(job);
        return await handler.ExecuteAsync(new JobContext(job, workspace, progress), cancellationToken);
    }
}
