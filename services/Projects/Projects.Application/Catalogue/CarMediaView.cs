using AiVideo.Projects.Domain.Catalogue;

namespace AiVideo.Projects.Application.Catalogue;

/// <summary>A media file of a car variant: <c>EXTERIOR</c>, <c>INTERIOR</c>, <c>SOUND</c> or <c>3D_MODEL</c>.</summary>
public sealed record CarMediaView(Guid Id, Guid VariantId, string Type, Guid FileId, string FileUrl, DateTimeOffset CreatedAt)
{
    public static CarMediaView Of(CarMedia media) =>
        new(media.Id, media.VariantId, CarMediaTypes.Name(media.Type), media.FileId, MediaLinks.Content(media.FileId), media.CreatedAt);
}
