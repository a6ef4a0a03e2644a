using System.Globalization;

namespace AiVideo.Generation.FunctionalTests.CloudProviders;

/// <summary>Real media as providers hand it out, made with ffmpeg: a clip in the provider's own size and frame rate, without sound.</summary>
public static class ProviderOutputs
{
    /// <summary>A moving test pattern, H.264 in MP4, <paramref name="fps"/> frames a second, no audio (as RunwayML's clips are).</summary>
    public static byte[] Clip(int width, int height, double seconds, int fps = 24) => MediaTools.RunBytes("ffmpeg", "-v", "error",
        "-f", "lavfi", "-i", $"testsrc2=size={width}x{height}:rate={fps}:duration={seconds.ToString(CultureInfo.InvariantCulture)}",
        "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-movflags", "frag_keyframe+empty_moov", "-f", "mp4", "-");

    /// <summary>A test picture as a PNG.</summary>
    public static byte[] Picture(int width, int height) => Service.MediaUploads.Picture(width, height);
}
