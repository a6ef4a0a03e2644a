namespace AiVideo.Contracts;

/// <summary>One clip of a final stitch, in timeline order, with optional trims.</summary>
public sealed record VideoClipInput(Guid FileId, Guid? SceneId, double? TrimStartSeconds, double? DurationSeconds);
