using System.Globalization;
using System.Text.RegularExpressions;

namespace AiVideo.EndToEnd.Tests.Support;

/// <summary>What a viewer would notice: how loud the audio is, and whether a frame shows a picture or nothing.</summary>
public static partial class MediaChecks
{
    /// <summary>The mean and peak volume of the whole audio track in dBFS (ffmpeg's volumedetect; silence is about -91 dB).</summary>
    public static async Task<(double Mean, double Max)> VolumeAsync(string path)
    {
        var (_, report) = await MediaTool.RunAsync("ffmpeg", "-hide_banner", "-nostats", "-i", path, "-vn", "-af", "volumedetect", "-f", "null", "-");
        return (Decibels(MeanVolume().Match(report)), Decibels(MaxVolume().Match(report)));
    }

    /// <summary>The frame shown at <paramref name="seconds"/>, scaled to 90×160 (or the like) in 8-bit luma.</summary>
    public static async Task<byte[]> LumaFrameAsync(string path, double seconds, int width = 90, int height = 160)
    {
        var (output, _) = await MediaTool.RunAsync("ffmpeg", "-v", "error", "-ss", seconds.ToString("0.###", CultureInfo.InvariantCulture), "-i", path,
            "-frames:v", "1", "-vf", $"scale={width}:{height}", "-f", "rawvideo", "-pix_fmt", "gray", "-");
        output.Should().HaveCount(width * height, $"one frame at {seconds} s of {path}");
        return output;
    }

    /// <summary>
    /// How many strongly magenta pixels the frame at <paramref name="seconds"/> has in its top-right and top-left quarters
    /// (of the top quarter), at 180 pixels wide: where a magenta logo would show, and where it would not.
    /// </summary>
    public static async Task<(int TopRight, int TopLeft)> MagentaPixelsAsync(string path, double seconds)
    {
        const int width = 180;
        var (output, _) = await MediaTool.RunAsync("ffmpeg", "-v", "error", "-ss", seconds.ToString("0.###", CultureInfo.InvariantCulture), "-i", path,
            "-frames:v", "1", "-vf", $"scale={width}:-2", "-f", "rawvideo", "-pix_fmt", "rgb24", "-");
        var height = output.Length / 3 / width;
        int topRight = 0, topLeft = 0;
        for (var y = 0; y < height / 4; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var i = (y * width + x) * 3;
                if (output[i] > 170 && output[i + 1] < 90 && output[i + 2] > 170)
                {
                    _ = x >= width / 2 ? topRight++ : topLeft++;
                }
            }
        }
        return (topRight, topLeft);
    }

    /// <summary>How much a frame's luma varies: near 0 for a blank (single-colour) frame.</summary>
    public static double Contrast(byte[] luma)
    {
        var mean = luma.Average(b => (double)b);
        return Math.Sqrt(luma.Average(b => (b - mean) * (b - mean)));
    }

    /// <summary>The mean absolute luma difference of two frames of the same size.</summary>
    public static double Difference(byte[] a, byte[] b) => a.Zip(b).Average(p => Math.Abs(p.First - p.Second));

    private static double Decibels(Match match) => !match.Success
        ? throw new InvalidOperationException("ffmpeg reported no volume.")
        : match.Groups[1].Value == "-inf" ? double.NegativeInfinity : double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"mean_volume:\s*(-?[\d.]+|-inf) dB")]
    private static partial Regex MeanVolume();

    [GeneratedRegex(@"max_volume:\s*(-?[\d.]+|-inf) dB")]
    private static partial Regex MaxVolume();
}
