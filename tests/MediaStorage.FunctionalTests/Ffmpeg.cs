using System.Diagnostics;

namespace AiVideo.MediaStorage.FunctionalTests;

/// <summary>ffmpeg and ffprobe run by the tests themselves (argument lists), to make real videos and to read what media serves.</summary>
public static class Ffmpeg
{
    /// <summary>Runs a tool and returns its standard output; a non-zero exit fails the test with its error output.</summary>
    public static async Task<string> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        process.ExitCode.Should().Be(0, $"{tool} {string.Join(' ', arguments)} failed: {await errors}");
        return await output;
    }

    /// <summary>A short test-pattern video with a tone: H.264/AAC in MP4.</summary>
    public static async Task<string> TestVideoAsync(string folder, int width = 320, int height = 180, double seconds = 3)
    {
        var path = Path.Combine(folder, "source.mp4");
        var length = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await RunAsync("ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", $"testsrc2=size={width}x{height}:rate=25:duration={length}",
            "-f", "lavfi", "-i", $"sine=frequency=440:duration={length}", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
            "-c:a", "aac", "-shortest", path);
        return path;
    }

    /// <summary>A two-rung HLS ladder of the video (master playlist, a folder per variant) and a thumbnail, as generation-api makes them.</summary>
    public static async Task<string> LadderAsync(string source, string folder)
    {
        var hls = Path.Combine(folder, "hls");
        Directory.CreateDirectory(hls);
        await RunAsync("ffmpeg", "-v", "error", "-y", "-i", source, "-filter_complex", "[0:v]split=2[a][b];[a]scale=320:180[v0];[b]scale=160:90[v1]",
            "-map", "[v0]", "-map", "[v1]", "-map", "0:a:0", "-map", "0:a:0", "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac",
            "-force_key_frames", "expr:gte(t,n_forced*1)", "-f", "hls", "-hls_time", "1", "-hls_playlist_type", "vod",
            "-hls_segment_filename", Path.Combine(hls, "%v", "segment_%03d.ts"), "-master_pl_name", "master.m3u8",
            "-var_stream_map", "v:0,a:0,name:180p v:1,a:1,name:90p", Path.Combine(hls, "%v", "index.m3u8"));
        await RunAsync("ffmpeg", "-v", "error", "-y", "-i", source, "-frames:v", "1", Path.Combine(folder, "thumbnail.jpg"));
        return folder;
    }
}
