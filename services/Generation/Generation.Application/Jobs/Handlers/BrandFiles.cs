namespace AiVideo.Generation.Application.Jobs.Handlers;

/// <summary>A request's brand context as a generator uses it: names and colours as given, the logo and font downloaded into the workspace.</summary>
public sealed class BrandFiles(JobInputs inputs)
{
    public static BrandKit? Words(BrandContext? brand) =>
        brand is null ? null : new BrandKit(brand.CompanyName, brand.Colors, brand.ProductDescription);

    public async Task<BrandKit?> DownloadAsync(ClaimedJob job, BrandContext? brand, MediaWorkspace workspace, CancellationToken cancellationToken)
    {
        if (brand is null)
        {
            return null;
        }
        var logo = brand.LogoFileId is { } logoId ? await inputs.ImageAsync(job, logoId, workspace, "logo", cancellationToken) : null;
        string? font = null;
        if (brand.FontFileId is { } fontId)
        {
            var (path, facts) = await inputs.DownloadAsync(job, fontId, workspace, "font", cancellationToken);
            font = facts.ContentType is "font/ttf" or "font/otf"
                ? path
                : throw MediaProcessingException.InvalidRequest($"The brand font ({fontId}) is {facts.ContentType}; a TrueType or OpenType font is needed.");
        }
        return new BrandKit(brand.CompanyName, brand.Colors, brand.ProductDescription, logo, font);
    }
}
