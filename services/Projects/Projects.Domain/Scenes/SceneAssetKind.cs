namespace AiVideo.Projects.Domain.Scenes;

/// <summary>What a scene asset is: an image, a video clip, or a seed frame (the previous clip's last frame an image was made from).</summary>
public enum SceneAssetKind
{
    Image,
    Clip,
    SeedFrame,
}
