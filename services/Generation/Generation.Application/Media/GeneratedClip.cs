namespace AiVideo.Generation.Application.Media;

/// <summary>A rendered clip and its last frame as a PNG (the seed frame the next scene may continue from).</summary>
public sealed record GeneratedClip(string Path, string SeedFramePath, double DurationSeconds, int Width, int Height);
