namespace AiVideo.Projects.Domain.Catalogue;

/// <summary>A media file of a car variant (a company file in media-api, checked by the caller): exterior, interior, sound or 3D model.</summary>
public sealed class CarMedia
{
    private CarMedia()
    {
    }

    public Guid Id { get; private set; }

    public Guid CompanyId { get; private set; }

    public Guid VariantId { get; private set; }

    public CarMediaType Type { get; private set; }

    public Guid FileId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static Result<CarMedia> Create(CarVariant variant, CarMediaType type, Guid fileId, DateTimeOffset now)
    {
        if (fileId == Guid.Empty)
        {
            return Error.Validation("fileId", "The file id is not a file.");
        }
        return new CarMedia { Id = Guid.CreateVersion7(now), CompanyId = variant.CompanyId, VariantId = variant.Id, Type = type, FileId = fileId, CreatedAt = now };
    }
}
