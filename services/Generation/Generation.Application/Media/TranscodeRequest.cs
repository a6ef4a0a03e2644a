namespace AiVideo.Generation.Application.Media;

/// <summary>An uploaded video (a local file) to publish as HLS; <paramref name="Renditions"/> are the short sides wanted (default 720 and 360), never above the source's.</summary>
public sealed record TranscodeRequest(string SourcePath, IReadOnlyList<int>? Renditions = null);
