namespace AiVideo.EndToEnd.Tests.Support;

/// <summary>Real media a customer would upload, made with ffmpeg in a folder of the test's: a logo, music, a short video; and room for downloads.</summary>
public sealed class SampleMedia : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("aivideo-e2e-media-");

    public string Folder => _folder.FullName;

    /// <summary>A 128×128 PNG logo in plain magenta, a colour no generated scene uses, so a test can see where the logo shows.</summary>
    public Task<byte[]> MagentaLogoAsync() => MakeAsync("magenta-logo.png", "-f", "lavfi", "-i", "color=c=0xFF00FF:size=128x128:rate=1", "-frames:v", "1");

    /// <summary>An MP3 of a chord lasting <paramref name="seconds"/>: music loud enough to hear under narration.</summary>
    public Task<byte[]> MusicAsync(double seconds) => MakeAsync("music.mp3",
        "-f", "lavfi", "-i", $"sine=frequency=220:duration={seconds}", "-f", "lavfi", "-i", $"sine=frequency=330:duration={seconds}",
        "-filter_complex", "amix=inputs=2", "-c:a", "libmp3lame", "-b:a", "96k");

    /// <summary>An H.264/AAC MP4 of <paramref name="seconds"/> with a moving test pattern and a tone, as a phone would upload.</summary>
    public Task<byte[]> VideoAsync(double seconds, int width = 320, int height = 240) => MakeAsync($"video-{width}x{height}.mp4",
        "-f", "lavfi", "-i", $"testsrc2=size={width}x{height}:rate=25:duration={seconds}", "-f", "lavfi", "-i", $"sine=frequency=440:duration={seconds}",
        "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", "-movflags", "+faststart");

    /// <summary>A path in the folder to write a download to.</summary>
    public string PathOf(string name) => Path.Combine(Folder, name);

    public void Dispose() => _folder.Delete(recursive: true);

    private async Task<byte[]> MakeAsync(string name, params string[] arguments)
    {
        var path = PathOf($"{Guid.NewGuid():N}-{name}");
        await MediaTool.RunAsync("ffmpeg", ["-v", "error", "-y", .. arguments, path]);
        return await File.ReadAllBytesAsync(path);
    }
}
