namespace AiVideo.Generation.Infrastructure.Local.Processes;

/// <summary>A finished tool run: what it printed on standard output (when not progress) and how long it took.</summary>
internal sealed record ToolResult(string StandardOutput, TimeSpan Elapsed);
