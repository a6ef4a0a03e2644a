using AiVideo.Projects.Domain.Common;
using AiVideo.Projects.Domain.Scenes;

namespace AiVideo.Projects.Application.Scenes;

/// <summary>A scene as clients see it: its words, place, status and progress, the image and clip it uses, and every asset it has had.</summary>
public sealed record SceneView(
    Guid Id,
    int Position,
    string Title,
    string Summary,
    string Narration,
    string ImagePrompt,
    string? NegativePrompt,
    double Duration,
    string Status,
    int Progress,
    string? FailureReason,
    AssetView? SelectedImage,
    AssetView? SelectedClip,
    IReadOnlyList<AssetView> Assets,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static SceneView Of(Scene scene) => new(
        scene.Id, scene.Position, scene.Title, scene.Summary, scene.Narration, scene.ImagePrompt, scene.NegativePrompt, scene.DurationSeconds,
        WireNames.Of(scene.Status), scene.ProgressPercent, scene.FailureReason,
        scene.SelectedImage is { } image ? AssetView.Of(image, scene) : null,
        scene.SelectedClip is { } clip ? AssetView.Of(clip, scene) : null,
        scene.Assets.OrderBy(a => a.CreatedAt).ThenBy(a => a.Id).Select(a => AssetView.Of(a, scene)).ToList(),
        scene.CreatedAt, scene.UpdatedAt);
}
