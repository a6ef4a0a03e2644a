using AiVideo.Projects.Application.Files;
using AiVideo.Projects.Application.Providers;

namespace AiVideo.Projects.Application.Projects;

/// <summary>
/// What a project's settings point at outside the project: the music file (the company's audio), the car variant (the
/// company's catalogue) and the provider (one generation-api has).
/// </summary>
public sealed class ProjectReferences(FileChecks files, ICatalogue catalogue, IGenerationProviders providers)
{
    public async Task<Error?> CheckAsync(Guid companyId, Guid? musicFileId, Guid? carVariantId, CancellationToken cancellationToken, string? provider = null)
    {
        if (!string.IsNullOrWhiteSpace(provider))
        {
            var names = await providers.NamesAsync(cancellationToken);
            if (!names.Contains(provider.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                return Error.Validation("provider", $"The provider '{provider.Trim()}' is not available; the providers are: {string.Join(", ", names)}.");
            }
        }
        if (carVariantId is { } variantId && await catalogue.FindVariantAsync(variantId, companyId, cancellationToken) is null)
        {
            return Error.Validation("carVariantId", $"The car variant {variantId} was not found in your company's catalogue.");
        }
        return musicFileId is { } music
            ? await files.CheckAsync(companyId, [new FileUse("music.fileId", music, FileKind.Audio)], cancellationToken)
            : null;
    }
}
