using AiVideo.Projects.Domain.Common;
using AiVideo.Projects.Domain.Scenes;

namespace AiVideo.Projects.Application.Scenes;

/// <summary>An image, clip or seed frame a scene has had, with the request that made it (none for an upload) and where to fetch it.</summary>
public sealed record AssetView(
    Guid Id, string Kind, Guid FileId, Guid? RequestId, int? Width, int? Height, double? DurationSeconds, bool Selected, string ContentUrl, DateTimeOffset CreatedAt)
{
    public static AssetView Of(SceneAsset asset, Scene scene) => new(
        asset.Id, WireNames.Of(asset.Kind), asset.FileId, asset.RequestId, asset.Width, asset.Height, asset.DurationSeconds,
        asset.Id == scene.SelectedImageId || asset.Id == scene.SelectedClipId, MediaLinks.Content(asset.FileId), asset.CreatedAt);
}
