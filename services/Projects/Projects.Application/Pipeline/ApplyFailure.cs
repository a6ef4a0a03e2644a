using AiVideo.Contracts;

namespace AiVideo.Projects.Application.Pipeline;

/// <summary><c>GenerationFailed</c>: the scene (and during a run the project) fails with the generator's reason; a rerun resumes.</summary>
public sealed class ApplyFailure(PipelineResults results)
{
    public Task<ResultOutcome> ExecuteAsync(GenerationFailed failed, CancellationToken cancellationToken) =>
        results.ApplyAsync(failed.RequestId, failed.ProjectId, failed.CompanyId,
            (project, now) => project.ApplyFailure(failed.RequestId, failed.ErrorCode, failed.Message, now), cancellationToken);
}
