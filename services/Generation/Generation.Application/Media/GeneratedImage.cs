namespace AiVideo.Generation.Application.Media;

/// <summary>A rendered picture in the workspace.</summary>
public sealed record GeneratedImage(string Path, int Width, int Height, string ContentType);
