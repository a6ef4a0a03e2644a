namespace AiVideo.Contracts;

/// <summary>What a generator may draw on from the company's brand kit and catalogue.</summary>
public sealed record BrandContext(
    string? CompanyName,
    IReadOnlyList<string> Colors,
    Guid? LogoFileId,
    string? ProductDescription);
