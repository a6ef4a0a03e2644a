namespace AiVideo.Generation.Application.Media;

/// <summary>The stages media operations report progress in.</summary>
public static class MediaStages
{
    public const string Storyboard = "storyboard";
    public const string Image = "image";
    public const string Clip = "clip";
    public const string Speech = "speech";
    public const string Captions = "captions";
    public const string Compose = "compose";
    public const string Thumbnail = "thumbnail";
    public const string Probe = "probe";
    public const string Transcode = "transcode";
    public const string Done = "done";
}
