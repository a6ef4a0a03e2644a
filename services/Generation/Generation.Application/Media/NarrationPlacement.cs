namespace AiVideo.Generation.Application.Media;

/// <summary>A narration audio file placed on the final timeline at <paramref name="OffsetSeconds"/> (usually its scene's start).</summary>
public sealed record NarrationPlacement(string Path, double OffsetSeconds);
