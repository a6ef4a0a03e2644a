using AiVideo.Contracts;

namespace AiVideo.Projects.Application.Pipeline;

/// <summary><c>GenerationProgress</c> (best effort): a newer percent moves the scene's and the project's progress; an older one is stale.</summary>
public sealed class ApplyProgress(PipelineResults results)
{
    public Task<ResultOutcome> ExecuteAsync(GenerationProgress progress, CancellationToken cancellationToken) =>
        results.ApplyAsync(progress.RequestId, progress.ProjectId, progress.CompanyId,
            (project, now) => project.ApplyProgress(progress.RequestId, progress.Percent, now), cancellationToken);
}
