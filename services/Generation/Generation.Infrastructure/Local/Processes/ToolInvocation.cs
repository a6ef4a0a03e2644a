namespace AiVideo.Generation.Infrastructure.Local.Processes;

/// <summary>
/// One run of an external tool: its executable and argument list (never a shell string), how long it may take, and for
/// ffmpeg runs with <c>-progress pipe:1</c> how many seconds of output it will write (to turn <c>out_time_us</c> into a
/// percent reported under <see cref="Stage"/>). <see cref="Outputs"/> are deleted when the run fails or is cancelled.
/// </summary>
internal sealed record ToolInvocation(string Executable, IReadOnlyList<string> Arguments, TimeSpan Timeout)
{
    public string Stage { get; init; } = "";

    public double? ExpectedSeconds { get; init; }

    public IReadOnlyList<string> Outputs { get; init; } = [];

    public string ToolName => Path.GetFileName(Executable);

    /// <summary>The command as a person would type it (for logs and benchmarks; never executed as such).</summary>
    public string CommandLine => string.Join(' ', new[] { Executable }.Concat(Arguments).Select(Quote));

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || "-_./:=+,%@".Contains(c))
            ? argument
            : "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
