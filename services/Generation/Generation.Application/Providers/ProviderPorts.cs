namespace AiVideo.Generation.Application.Providers;

/// <summary>
/// The ports a provider may serve, by the names configuration and <c>GET /api/providers</c> use, and the port each kind
/// of job runs on (a final video's port is speech: its composition is always done here, with ffmpeg).
/// </summary>
public static class ProviderPorts
{
    public const string Story = "story";
    public const string Image = "image";
    public const string Clip = "clip";
    public const string Speech = "speech";
    public const string Video = "video";
    public const string Transcode = "transcode";

    public static IReadOnlyList<string> All { get; } = [Story, Image, Clip, Speech, Video, Transcode];

    /// <summary>The port a job of <paramref name="kind"/> runs on.</summary>
    public static string Of(string kind) => kind switch
    {
        JobKinds.Storyboard => Story,
        JobKinds.Image => Image,
        JobKinds.Clip => Clip,
        JobKinds.Final => Speech,
        JobKinds.TextToVideo or JobKinds.Remix => Video,
        JobKinds.Transcode => Transcode,
        _ => kind,
    };

    /// <summary>The port interface behind a port name.</summary>
    public static Type InterfaceOf(string port) => port switch
    {
        Story => typeof(IStoryWriter),
        Image => typeof(IImageGenerator),
        Clip => typeof(IClipGenerator),
        Speech => typeof(ISpeechSynthesizer),
        Video => typeof(ITextToVideoGenerator),
        Transcode => typeof(IVideoTranscoder),
        _ => throw new ArgumentOutOfRangeException(nameof(port), port, "Not a port."),
    };
}
