namespace AiVideo.Generation.Infrastructure.Local.Clips;

/// <summary>
/// The one format every local clip is encoded in, so that clips concatenate by stream copy: H.264 High, yuv420p, 30 fps
/// constant, a keyframe every second (closed GOP, no scene-cut keyframes), an MP4 video timebase of 1/15360, and an AAC
/// 48 kHz stereo audio track (silent for the local clips).
/// </summary>
internal static class ClipFormat
{
    public const int FramesPerSecond = 30;
    public const int GopFrames = 30;
    public const int VideoTimescale = 15360;
    public const int AudioSampleRate = 48000;

    /// <summary>The output options of an H.264 encode in this format (also used by the composer's final pass).</summary>
    public static IEnumerable<string> VideoEncoding(LocalMediaOptions options) =>
    [
        "-c:v", "libx264", "-preset", options.X264Preset, "-crf", options.VideoQuality.ToString(CultureInfo.InvariantCulture),
        "-profile:v", "high", "-pix_fmt", "yuv420p", "-r", FramesPerSecond.ToString(CultureInfo.InvariantCulture),
        "-g", GopFrames.ToString(CultureInfo.InvariantCulture), "-keyint_min", GopFrames.ToString(CultureInfo.InvariantCulture),
        "-sc_threshold", "0", "-video_track_timescale", VideoTimescale.ToString(CultureInfo.InvariantCulture),
    ];

    public static IEnumerable<string> AudioEncoding(int bitrateKbps = 128) =>
        ["-c:a", "aac", "-b:a", $"{bitrateKbps}k", "-ar", AudioSampleRate.ToString(CultureInfo.InvariantCulture), "-ac", "2"];

    /// <summary>The number of whole frames closest to a duration (at least one).</summary>
    public static int Frames(double seconds) => Math.Max(1, (int)Math.Round(seconds * FramesPerSecond));

    public static string Seconds(double seconds) => seconds.ToString("0.######", CultureInfo.InvariantCulture);
}
