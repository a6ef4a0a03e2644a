using AiVideo.Projects.Application.Files;

namespace AiVideo.Projects.Application.Projects;

/// <summary>What a project's settings point at outside the project: the music file (the company's audio) and the car variant (the company's catalogue).</summary>
public sealed class ProjectReferences(FileChecks files, ICatalogue catalogue)
{
    public async Task<Error?> CheckAsync(Guid companyId, Guid? musicFileId, Guid? carVariantId, CancellationToken cancellationToken)
    {
        if (carVariantId is { } variantId && await catalogue.FindVariantAsync(variantId, companyId, cancellationToken) is null)
        {
            return Error.Validation("carVariantId", $"The car variant {variantId} was not found in your company's catalogue.");
        }
        return musicFileId is { } music
            ? await files.CheckAsync(companyId, [new FileUse("music.fileId", music, FileKind.Audio)], cancellationToken)
            : null;
    }
}
