namespace AiVideo.Generation.FunctionalTests.CloudProviders;

/// <summary>Real media for the fake providers to answer with, made by ffmpeg and espeak-ng once per test run.</summary>
public static class ProviderMediaSamples
{
    private static readonly Lazy<string> Folder = new(() => Directory.CreateTempSubdirectory("provider-samples-").FullName);

    private static readonly Lazy<byte[]> LandscapePng = new(() => MediaTools.RunBytes("ffmpeg", "-v", "error", "-f", "lavfi", "-i",
        "testsrc2=size=1536x1024:rate=1", "-frames:v", "1", "-f", "image2pipe", "-c:v", "png", "-"));

    private static readonly Lazy<byte[]> SpeechWav = new(() =>
    {
        var path = Path.Combine(Folder.Value, "speech.wav");
        MediaTools.Run("espeak-ng", "-w", path, "The harbour wakes up slowly, and the boats go out to sea.");
        return File.ReadAllBytes(path);
    });

    private static readonly Lazy<byte[]> EightSecondMp4 = new(() =>
    {
        var path = Path.Combine(Folder.Value, "video.mp4");
        MediaTools.Run("ffmpeg", "-v", "error", "-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=24", "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000",
            "-t", "8", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", "-movflags", "+faststart", path);
        return File.ReadAllBytes(path);
    });

    /// <summary>A 1536x1024 PNG of a test pattern (not blank).</summary>
    public static byte[] Png => LandscapePng.Value;

    /// <summary>A WAV of a voice saying a sentence (about 3.5 s).</summary>
    public static byte[] Speech => SpeechWav.Value;

    /// <summary>An 8-second 1280x720 H.264/AAC MP4 of a moving test pattern with a tone.</summary>
    public static byte[] Video => EightSecondMp4.Value;

    /// <summary>A moving test pattern, H.264 in MP4, <paramref name="fps"/> frames a second, no sound (as RunwayML's clips are).</summary>
    public static byte[] Clip(int width, int height, double seconds, int fps = 24) => MediaTools.RunBytes("ffmpeg", "-v", "error",
        "-f", "lavfi", "-i", $"testsrc2=size={width}x{height}:rate={fps}:duration={seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
        "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-movflags", "frag_keyframe+empty_moov", "-f", "mp4", "-");

    /// <summary>A test picture of the given size as a PNG file (a scene's picture, as a job has it in its workspace).</summary>
    public static string PictureFile(int width, int height)
    {
        var path = NewFile("picture.png");
        File.WriteAllBytes(path, Service.MediaUploads.Picture(width, height));
        return path;
    }

    /// <summary>A path for a new sample file.</summary>
    public static string NewFile(string name) => Path.Combine(Folder.Value, $"{Guid.NewGuid():N}-{name}");
}
