namespace AiVideo.Generation.Application.Media;

/// <summary>Narration text spoken between two times of the final timeline (seconds from its start).</summary>
public sealed record CaptionSegment(string Text, double StartSeconds, double EndSeconds);
