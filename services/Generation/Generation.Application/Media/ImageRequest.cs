namespace AiVideo.Generation.Application.Media;

/// <summary>
/// A scene picture to render at <paramref name="Width"/>x<paramref name="Height"/>. <paramref name="ReferenceImagePath"/>
/// and <paramref name="SeedFramePath"/> are local files (a reference to include, the previous clip's last frame to
/// continue from); <paramref name="Variation"/> (e.g. the scene's order) varies the composition between scenes.
/// </summary>
public sealed record ImageRequest(
    string Prompt,
    int Width,
    int Height,
    string? Title = null,
    string? NegativePrompt = null,
    string? Style = null,
    string? Mood = null,
    BrandKit? Brand = null,
    string? ReferenceImagePath = null,
    string? SeedFramePath = null,
    int Variation = 0);
