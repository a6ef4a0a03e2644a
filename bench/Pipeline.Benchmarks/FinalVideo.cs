namespace AiVideo.Benchmarks.Pipeline;

/// <summary>
/// A downloaded final video as ffprobe sees it, and whether it is what the project asked for: H.264 and AAC, 1280×720,
/// the project's length within 0.2 s.
/// </summary>
public sealed record FinalVideo(string Path, long Size, double DownloadedAt, double DurationSeconds, string VideoCodec, string AudioCodec, int Width, int Height,
    IReadOnlyList<string> Problems)
{
    public const double Tolerance = 0.2;

    public bool Passed => Problems.Count == 0;

    public static async Task<FinalVideo> ProbeAsync(string path, long size, double downloadedAt, ProjectSpec spec)
    {
        var start = new ProcessStartInfo("ffprobe", ["-v", "error", "-print_format", "json", "-show_format", "-show_streams", path])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            return new FinalVideo(path, size, downloadedAt, 0, "", "", 0, 0, [$"ffprobe failed: {await errors}"]);
        }
        var root = JsonDocument.Parse(await output).RootElement;
        var streams = root.GetProperty("streams").EnumerateArray().ToList();
        var video = streams.FirstOrDefault(s => Text(s, "codec_type") == "video");
        var audio = streams.FirstOrDefault(s => Text(s, "codec_type") == "audio");
        var duration = double.Parse(Text(root.GetProperty("format"), "duration") ?? "0", CultureInfo.InvariantCulture);
        var result = new FinalVideo(path, size, downloadedAt, duration,
            video.ValueKind == JsonValueKind.Object ? Text(video, "codec_name") ?? "" : "",
            audio.ValueKind == JsonValueKind.Object ? Text(audio, "codec_name") ?? "" : "",
            video.ValueKind == JsonValueKind.Object ? video.GetProperty("width").GetInt32() : 0,
            video.ValueKind == JsonValueKind.Object ? video.GetProperty("height").GetInt32() : 0, []);
        List<string> problems = [];
        if (Math.Abs(duration - spec.Seconds) > Tolerance)
        {
            problems.Add($"lasts {duration:0.000} s, not {spec.Seconds} ± {Tolerance} s");
        }
        if (result.VideoCodec != "h264" || result.AudioCodec != "aac")
        {
            problems.Add($"is {result.VideoCodec}/{result.AudioCodec}, not h264/aac");
        }
        if ((result.Width, result.Height) != (ProjectSpec.Width, ProjectSpec.Height))
        {
            problems.Add($"is {result.Width}x{result.Height}, not {ProjectSpec.Width}x{ProjectSpec.Height}");
        }
        return result with { Problems = problems };
    }

    public override string ToString() => $"{DurationSeconds:0.000} s, {VideoCodec}/{AudioCodec}, {Width}x{Height}, {Size / 1024} KiB";

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.ToString() : null;
}
