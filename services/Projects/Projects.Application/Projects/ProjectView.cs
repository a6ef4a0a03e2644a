using AiVideo.Projects.Application.Scenes;
using AiVideo.Projects.Application.Timeline;
using AiVideo.Projects.Domain.Common;

namespace AiVideo.Projects.Application.Projects;

/// <summary>
/// A project as <c>GET /api/projects/{id}</c> answers it: settings, status and progress (with the failure, if any), the
/// storyboard's title and overview, scenes with their selected media and assets, timeline, layers and the final video.
/// <see cref="Revision"/> moves with every change.
/// </summary>
public sealed record ProjectView(
    Guid Id,
    Guid CompanyId,
    Guid OwnerId,
    string Title,
    string Prompt,
    string? Description,
    int TargetDuration,
    string AspectRatio,
    int Width,
    int Height,
    string Style,
    string Mood,
    int SceneCount,
    NarrationView Narration,
    CaptionsView Captions,
    MusicView Music,
    bool Watermark,
    Guid? CarVariantId,
    string? Provider,
    string Status,
    int Progress,
    FailureView? Failure,
    string? StoryboardTitle,
    string? Overview,
    IReadOnlyList<SceneView> Scenes,
    TimelineView Timeline,
    LayersView Layers,
    FinalVideoView? FinalVideo,
    int Revision,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? CompletedAt)
{
    public static ProjectView Of(Project project) => new(
        project.Id, project.CompanyId, project.OwnerId, project.Title, project.Prompt, project.Description, project.TargetDurationSeconds,
        project.AspectRatio.Name, project.AspectRatio.Width, project.AspectRatio.Height, project.Style.Name, project.Mood.Name, project.SceneCount,
        new NarrationView(project.Narration.Enabled, project.Narration.Voice.Name, project.Narration.Voice.Language),
        new CaptionsView(project.Captions.Enabled, project.Captions.Burned, project.Captions.Style.Name),
        new MusicView(project.Music.FileId, project.Music.Volume),
        project.Watermark, project.CarVariantId, project.Provider, WireNames.Of(project.Status), project.ProgressPercent,
        project.Failure is { } failure ? FailureView.Of(failure) : null,
        project.StoryboardTitle, project.Overview,
        project.Scenes.Select(SceneView.Of).ToList(),
        TimelineView.Of(project),
        LayersView.Of(project),
        project.FinalVideo is { } final ? FinalVideoView.Of(final) : null,
        project.Revision, project.CreatedAt, project.UpdatedAt, project.CompletedAt);
}
