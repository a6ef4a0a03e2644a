namespace AiVideo.Generation.Infrastructure.Local.Processes;

/// <summary>Reads ffmpeg's <c>-progress</c> key=value lines: <c>out_time_us</c> against the expected length, <c>progress=end</c> at the end.</summary>
internal static class FfmpegProgress
{
    /// <summary>The percent a line reports (0–100), or null for lines that say nothing about it.</summary>
    public static double? Percent(string line, double expectedSeconds)
    {
        if (line == "progress=end")
        {
            return 100;
        }
        const string key = "out_time_us=";
        if (!line.StartsWith(key, StringComparison.Ordinal) || expectedSeconds <= 0
            || !long.TryParse(line.AsSpan(key.Length), NumberStyles.Integer, CultureInfo.InvariantCulture, out var microseconds))
        {
            return null;
        }
        return Math.Clamp(microseconds / 1_000_000.0 / expectedSeconds * 100, 0, 99.9);
    }
}
