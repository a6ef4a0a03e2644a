namespace AiVideo.Contracts;

/// <summary>What a generator may draw on from the company's brand kit and catalogue: names for words, colours, logo and font for pictures.</summary>
public sealed record BrandContext(
    string? CompanyName,
    IReadOnlyList<string> Colors,
    Guid? LogoFileId,
    string? ProductDescription,
    Guid? FontFileId = null);
