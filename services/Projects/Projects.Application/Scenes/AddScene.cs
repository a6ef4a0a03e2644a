using AiVideo.Projects.Domain.Scenes;

namespace AiVideo.Projects.Application.Scenes;

/// <summary><c>POST /api/projects/{id}/scenes</c>: a scene written by hand, at a place in the play order (default last).</summary>
public sealed class AddScene(ProjectWork work)
{
    public sealed record Command(string? Title, string? Summary, string? Narration, string? ImagePrompt, string? NegativePrompt, double? Duration, int? Position);

    /// <summary>A scene without a duration lasts this long.</summary>
    public const double DefaultDurationSeconds = 5;

    public Task<Result<SceneView>> ExecuteAsync(Actor actor, Guid projectId, Command command, CancellationToken cancellationToken) =>
        work.ChangeAsync(actor, projectId, (project, now) => project
            .AddScene(new SceneContent(command.Title, command.Summary, command.Narration, command.ImagePrompt, command.NegativePrompt,
                command.Duration ?? DefaultDurationSeconds), command.Position, now)
            .Map(SceneView.Of), cancellationToken);
}
