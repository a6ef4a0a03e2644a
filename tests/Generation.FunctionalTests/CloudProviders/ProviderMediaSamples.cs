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
}
