using AiVideo.Projects.Domain.Common;
using AiVideo.Projects.Domain.Pipeline;

namespace AiVideo.Projects.Application.Pipeline;

/// <summary>
/// <c>POST /api/projects/{id}/generate</c>: the whole pipeline from a step (<c>storyboard</c>, the default, <c>images</c>,
/// <c>clips</c> or <c>render</c>) to the final video, each result issuing what comes next.
/// </summary>
public sealed class GenerateProject(PipelineStarts starts)
{
    public async Task<Result<StartView>> ExecuteAsync(Actor actor, Guid projectId, string? from, bool keepScenes, CancellationToken cancellationToken)
    {
        var step = GenerateFrom.Storyboard;
        if (from is not null && !WireNames.TryParse(from, out step))
        {
            return Error.Validation("from", $"'{from}' is not one of: {string.Join(", ", WireNames.All<GenerateFrom>())}.");
        }
        return await starts.StartAsync(actor, projectId, (project, now) => project.Generate(step, actor.UserId, keepScenes, now), cancellationToken);
    }
}
