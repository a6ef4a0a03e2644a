namespace AiVideo.Generation.Infrastructure.Local.Composition;

/// <summary>A clip's part on the timeline: from <paramref name="InPoint"/> into the file for <paramref name="Duration"/>, starting at <paramref name="Offset"/>.</summary>
internal sealed record TimelineSegment(string Path, double InPoint, double Duration, double Offset, bool Trimmed);
