namespace AiVideo.Contracts;

/// <summary>The kinds of video a <see cref="VideoRequested"/> can ask for.</summary>
public static class VideoKinds
{
    public const string Clip = "clip";
    public const string Final = "final";
    public const string TextToVideo = "text_to_video";
    public const string Remix = "remix";
}
