namespace AiVideo.Benchmarks.Pipeline;

/// <summary>
/// The pipeline's ffmpeg and espeak-ng work run directly by bench/generation-raw.sh on the storyboard the pipeline
/// wrote, timed by bash's <c>time</c> (wall, and user + system CPU with every child).
/// </summary>
public sealed record RawWork(string Label, int Parallel, int? NarrationParallel, double WallSeconds, double CpuSeconds, IReadOnlyList<RawStep> Steps)
{
    /// <summary>Writes the storyboard (duration, title, narration and the pipeline's picture per line) generation-raw.sh reads.</summary>
    public static void WriteStoryboard(string path, IEnumerable<RawScene> scenes) =>
        File.WriteAllLines(path, scenes.Select(s => string.Join('\t', s.Duration.ToString("R", CultureInfo.InvariantCulture), Flat(s.Title), Flat(s.Narration), s.PicturePath)));

    /// <summary>Runs the script: <paramref name="parallel"/> scenes at a time, narration as its own phase when <paramref name="narrationParallel"/> is given.</summary>
    public static async Task<RawWork> RunAsync(string script, string storyboard, string label, int parallel, int? narrationParallel)
    {
        List<string> arguments = [script, storyboard, $"{ProjectSpec.Width}", $"{ProjectSpec.Height}", $"{parallel}"];
        if (narrationParallel is { } narration)
        {
            arguments.Add($"{narration}");
        }
        var start = new ProcessStartInfo("bash", ["-c", "TIMEFORMAT='%R %U %S'; time \"$@\"", "bash", .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var errorText = await errors;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} failed ({process.ExitCode}): {errorText}");
        }
        var times = errorText.TrimEnd().Split('\n')[^1].Split(' ').Select(t => double.Parse(t, CultureInfo.InvariantCulture)).ToArray();
        var steps = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(row => row.Trim('|', ' ').Split(" | "))
            .Where(cells => cells.Length == 2)
            .Select(cells => new RawStep(cells[0].Replace("**", "", StringComparison.Ordinal), cells[1]))
            .ToList();
        return new RawWork(label, parallel, narrationParallel, times[0], times[1] + times[2], steps);
    }

    private static string Flat(string text) => text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
