namespace AiVideo.Projects.Domain.Brand;

/// <summary>What a brand asset is: the logo, a colour scheme, a badge, a font. Written upper-case outside the code (<c>COLOR_SCHEME</c>).</summary>
public enum BrandAssetType
{
    Logo,
    ColorScheme,
    Badge,
    Font,
}
