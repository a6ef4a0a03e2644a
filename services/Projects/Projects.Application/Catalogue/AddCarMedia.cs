using AiVideo.Projects.Application.Files;
using AiVideo.Projects.Domain.Catalogue;

namespace AiVideo.Projects.Application.Catalogue;

/// <summary>
/// <c>POST /api/cars/variants/{variantId}/media</c> (admins): a file of the company as the variant's exterior or interior
/// (an image or a video), sound (audio) or 3D model.
/// </summary>
public sealed class AddCarMedia(ICatalogue catalogue, CatalogueAccess access, FileChecks files, IUnitOfWork unit, TimeProvider time)
{
    public async Task<Result<CarMediaView>> ExecuteAsync(Actor actor, Guid variantId, string? type, Guid? fileId, CancellationToken cancellationToken)
    {
        var variant = await access.VariantAsync(actor, variantId, manage: true, cancellationToken);
        if (!variant.IsSuccess)
        {
            return variant.Error;
        }
        if (!CarMediaTypes.TryParse(type, out var parsed))
        {
            return Error.Validation("type", $"'{type}' is not one of: {string.Join(", ", CarMediaTypes.All)}.");
        }
        var created = CarMedia.Create(variant.Value, parsed, fileId ?? Guid.Empty, time.GetUtcNow());
        if (!created.IsSuccess)
        {
            return created.Error;
        }
        var kind = parsed switch
        {
            CarMediaType.Sound => FileKind.Audio,
            CarMediaType.ThreeDModel => FileKind.Model,
            _ => FileKind.ImageOrVideo,
        };
        if (await files.CheckAsync(actor.CompanyId, [new FileUse("fileId", created.Value.FileId, kind)], cancellationToken) is { } invalid)
        {
            return invalid;
        }
        catalogue.Add(created.Value);
        await unit.SaveChangesAsync(cancellationToken);
        return CarMediaView.Of(created.Value);
    }
}
