using AiVideo.Contracts;
using AiVideo.Projects.Domain.Pipeline;
using AiVideo.Projects.Domain.Scenes;

namespace AiVideo.Projects.Application.Pipeline;

/// <summary><c>StoryboardGenerated</c>: the project's scenes are written (and a <c>generate</c> run asks for every scene's image).</summary>
public sealed class ApplyStoryboard(PipelineResults results)
{
    public Task<ResultOutcome> ExecuteAsync(StoryboardGenerated generated, CancellationToken cancellationToken)
    {
        var storyboard = new StoryboardResult(generated.Title, generated.Overview, (generated.Scenes ?? [])
            .OrderBy(s => s.Order)
            .Select(s => new SceneContent(s.Title, s.Summary, s.Narration, s.ImagePrompt, s.NegativePrompt, s.DurationSeconds))
            .ToList());
        return results.ApplyAsync(generated.RequestId, generated.ProjectId, generated.CompanyId,
            (project, now) => project.ApplyStoryboard(generated.RequestId, storyboard, now), cancellationToken);
    }
}
