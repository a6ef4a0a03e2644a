namespace AiVideo.Generation.Domain.Jobs;

/// <summary>What a job makes (the names match the request kinds of the integration events).</summary>
public static class JobKinds
{
    public const string Storyboard = "storyboard";
    public const string Image = "image";
    public const string Clip = "clip";
    public const string Final = "final";
    public const string TextToVideo = "text_to_video";
    public const string Remix = "remix";
    public const string Transcode = "transcode";

    public static IReadOnlyList<string> All { get; } = [Storyboard, Image, Clip, Final, TextToVideo, Remix, Transcode];

    /// <summary>The kinds the text-to-video API lists as videos.</summary>
    public static IReadOnlyList<string> Videos { get; } = [TextToVideo, Remix];
}
