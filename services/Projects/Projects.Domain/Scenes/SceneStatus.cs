namespace AiVideo.Projects.Domain.Scenes;

/// <summary>
/// A scene's life: <c>pending → generating_image → image_ready → generating_video → video_ready</c>, or <c>failed</c>.
/// Generating an image or a video is busy: the scene takes no other request until the result (or failure) arrives.
/// </summary>
public enum SceneStatus
{
    Pending,
    GeneratingImage,
    ImageReady,
    GeneratingVideo,
    VideoReady,
    Failed,
}
