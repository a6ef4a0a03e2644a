using System.Globalization;
using System.Text.RegularExpressions;

namespace AiVideo.EndToEnd.Tests.Support;

/// <summary>What a run of the demo printed, and what a person reads from it: the labelled lines and the progress bar's percentages.</summary>
public sealed partial record DemoOutput(int ExitCode, IReadOnlyList<string> Lines)
{
    public string Text => string.Join('\n', Lines);

    /// <summary>The percentages the progress bar showed, in order.</summary>
    public IReadOnlyList<int> Percents => Lines.Select(l => ProgressLine().Match(l)).Where(m => m.Success)
        .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();

    /// <summary>The progress bar's lines.</summary>
    public IReadOnlyList<string> ProgressLines => Lines.Where(l => ProgressLine().IsMatch(l)).ToList();

    /// <summary>The text after <c>Label:</c> on the first line that starts with it (ignoring indentation), or null.</summary>
    public string? Value(string label) => Lines.Select(l => l.TrimStart()).FirstOrDefault(l => l.StartsWith(label + ":", StringComparison.Ordinal)) is { } line
        ? line[(label.Length + 1)..].Trim()
        : null;

    /// <summary>Whether anything printed looks like a .NET stack trace (frames "   at Namespace.Type.Method(") or an unhandled exception.</summary>
    public bool HasStackTrace => Lines.Any(l => StackFrame().IsMatch(l) || l.Contains("Unhandled exception", StringComparison.Ordinal));

    [GeneratedRegex(@"^\[[#.]+\]\s+(\d+)%")]
    private static partial Regex ProgressLine();

    [GeneratedRegex(@"^\s+at \S+\(.*\)")]
    private static partial Regex StackFrame();
}
