namespace AiVideo.Generation.Application.Media;

/// <summary>
/// How burned-in captions look: a font file (null: the provider's default), a size in pixels of the output's height, a
/// colour (<c>#RRGGBB</c>) and a position (<c>bottom</c>, <c>top</c> or <c>middle</c>).
/// </summary>
public sealed record CaptionStyle(string? FontPath = null, int? FontSize = null, string? Color = null, string? Position = null);
