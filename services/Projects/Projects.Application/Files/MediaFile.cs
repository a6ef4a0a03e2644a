namespace AiVideo.Projects.Application.Files;

/// <summary>A company's media file as far as projects-api needs it: what it is and whether it can be used yet.</summary>
public sealed record MediaFile(Guid Id, Guid CompanyId, string ContentType, string Status, int? Width, int? Height, double? DurationSeconds)
{
    public bool IsAvailable => Status == Domain.Files.KnownFile.Available;
}
