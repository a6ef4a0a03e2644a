using System.Diagnostics;
using System.Text.Json;
using SkiaSharp;

namespace AiVideo.Generation.FunctionalTests.LocalProviders;

/// <summary>
/// The tests' own look at media, independent of the code under test: ffprobe's JSON, ffmpeg for frames, packets and
/// decoded audio, SkiaSharp for pixels.
/// </summary>
public static class MediaTools
{
    public static Probed Probe(string path)
    {
        var json = Run("ffprobe", "-v", "error", "-print_format", "json", "-show_format", "-show_streams", path);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var streams = root.GetProperty("streams").EnumerateArray().Select(s => new ProbedStream(
            Text(s, "codec_type") ?? "", Text(s, "codec_name") ?? "", Text(s, "profile"), Text(s, "pix_fmt"),
            Number(s, "width"), Number(s, "height"), Text(s, "r_frame_rate"), Text(s, "avg_frame_rate"),
            Number(s, "sample_rate"), Number(s, "channels"), Number(s, "duration"), Text(s, "time_base"))).ToList();
        return new Probed(Text(root.GetProperty("format"), "format_name") ?? "", Number(root.GetProperty("format"), "duration") ?? 0, streams);
    }

    /// <summary>Runs a tool with an argument list and returns its standard output; a non-zero exit fails the test with its error output.</summary>
    public static string Run(string tool, params string[] arguments)
    {
        var bytes = RunBytes(tool, arguments);
        return System.Text.Encoding.UTF8.GetString(bytes);
    }

    public static byte[] RunBytes(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        using var output = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(output);
        process.WaitForExit();
        process.ExitCode.Should().Be(0, $"{tool} {string.Join(' ', arguments)} failed: {errors.Result}");
        return output.ToArray();
    }

    /// <summary>The frame shown at <paramref name="seconds"/>, decoded.</summary>
    public static SKBitmap Frame(string video, double seconds)
    {
        var png = RunBytes("ffmpeg", "-v", "error", "-ss", seconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture), "-i", video,
            "-frames:v", "1", "-f", "image2pipe", "-c:v", "png", "-");
        return SKBitmap.Decode(png);
    }

    /// <summary>The audio decoded to mono 16-bit samples at 8 kHz, as RMS (0–1) per window of <paramref name="windowSeconds"/>.</summary>
    public static double[] RmsPerWindow(string media, double windowSeconds)
    {
        var pcm = RunBytes("ffmpeg", "-v", "error", "-i", media, "-vn", "-ac", "1", "-ar", "8000", "-f", "s16le", "-");
        var samples = Enumerable.Range(0, pcm.Length / 2).Select(i => BitConverter.ToInt16(pcm, i * 2) / 32768.0).ToArray();
        var window = (int)(8000 * windowSeconds);
        return Enumerable.Range(0, samples.Length / window)
            .Select(w => Math.Sqrt(samples.Skip(w * window).Take(window).Average(s => s * s)))
            .ToArray();
    }

    /// <summary>Mean and standard deviation of a picture's luma, and the mean absolute luma difference to another.</summary>
    public static (double Mean, double StdDev) Luma(SKBitmap bitmap)
    {
        var values = Pixels(bitmap).Select(c => 0.299 * c.Red + 0.587 * c.Green + 0.114 * c.Blue).ToArray();
        var mean = values.Average();
        return (mean, Math.Sqrt(values.Average(v => (v - mean) * (v - mean))));
    }

    public static double MeanDifference(SKBitmap a, SKBitmap b)
    {
        a.Width.Should().Be(b.Width);
        a.Height.Should().Be(b.Height);
        return Pixels(a).Zip(Pixels(b)).Average(p =>
            (Math.Abs(p.First.Red - p.Second.Red) + Math.Abs(p.First.Green - p.Second.Green) + Math.Abs(p.First.Blue - p.Second.Blue)) / 3.0);
    }

    public static IEnumerable<SKColor> Pixels(SKBitmap bitmap, SKRectI? area = null)
    {
        var rect = area ?? new SKRectI(0, 0, bitmap.Width, bitmap.Height);
        for (var y = rect.Top; y < rect.Bottom; y += 2)
        {
            for (var x = rect.Left; x < rect.Right; x += 2)
            {
                yield return bitmap.GetPixel(x, y);
            }
        }
    }

    /// <summary>The ffmpeg and ffprobe processes whose command line mentions <paramref name="text"/> (read from /proc).</summary>
    public static IReadOnlyList<int> ProcessesMentioning(string text) =>
        Directory.EnumerateDirectories("/proc")
            .Select(d => (Id: int.TryParse(Path.GetFileName(d), out var id) ? id : 0, Dir: d))
            .Where(p => p.Id > 0)
            .Where(p =>
            {
                try
                {
                    return File.ReadAllText(Path.Combine(p.Dir, "cmdline")).Replace('\0', ' ').Contains(text, StringComparison.Ordinal);
                }
                catch (IOException)
                {
                    return false;
                }
                catch (UnauthorizedAccessException)
                {
                    return false;
                }
            })
            .Select(p => p.Id)
            .Where(id => id != Environment.ProcessId)
            .ToList();

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.ToString() : null;

    private static double? Number(JsonElement element, string name) =>
        Text(element, name) is { } text && double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;
}

public sealed record Probed(string FormatName, double DurationSeconds, IReadOnlyList<ProbedStream> Streams)
{
    public ProbedStream Video => Streams.Single(s => s.Type == "video");

    public ProbedStream Audio => Streams.Single(s => s.Type == "audio");
}

public sealed record ProbedStream(
    string Type, string Codec, string? Profile, string? PixelFormat, double? Width, double? Height, string? FrameRate, string? AverageFrameRate,
    double? SampleRate, double? Channels, double? DurationSeconds, string? TimeBase);
