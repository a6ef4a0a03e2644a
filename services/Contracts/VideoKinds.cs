namespace AiVideo.Contracts;

/// <summary>The kinds of video a <see cref="VideoRequested"/> can ask for, and <see cref="Upload"/> for an uploaded video processed to HLS.</summary>
public static class VideoKinds
{
    public const string Clip = "clip";
    public const string Final = "final";
    public const string TextToVideo = "text_to_video";
    public const string Remix = "remix";

    /// <summary>A <c>video-upload</c> file processed into an HLS ladder (announced by <see cref="VideoReady"/>, never requested).</summary>
    public const string Upload = "upload";
}
