namespace AiVideo.Generation.Application.Media;

/// <summary>An image (a local file) to turn into a clip of about <paramref name="DurationSeconds"/>; <paramref name="Variation"/> varies the camera motion.</summary>
public sealed record ClipRequest(
    string ImagePath,
    double DurationSeconds,
    int Width,
    int Height,
    string? Prompt = null,
    int Variation = 0);
