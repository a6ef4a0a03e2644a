namespace AiVideo.Generation.Application.Media;

/// <summary>
/// What a generator may draw on from the company's brand kit and catalogue: its name and product for words, its colours
/// (<c>#RRGGBB</c>), logo and font (local files in the job's workspace) for pictures.
/// </summary>
public sealed record BrandKit(
    string? Name = null,
    IReadOnlyList<string>? Colors = null,
    string? ProductDescription = null,
    string? LogoPath = null,
    string? FontPath = null);
