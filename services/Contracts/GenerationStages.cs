namespace AiVideo.Contracts;

/// <summary>The stages a generation request passes through, as named in progress and failure events.</summary>
public static class GenerationStages
{
    public const string Storyboard = "storyboard";
    public const string Image = "image";
    public const string Clip = "clip";
    public const string Final = "final";
    public const string TextToVideo = "text_to_video";
    public const string Transcode = "transcode";
}
