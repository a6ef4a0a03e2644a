namespace AiVideo.Contracts;

/// <summary>Media stored an image file and made it available; correlation ids repeat those of the upload.</summary>
public sealed record ImageStored(
    Guid FileId,
    Guid CompanyId,
    Guid? ProjectId,
    Guid? SceneId,
    string StorageKey,
    string ContentType,
    long Size,
    int? Width,
    int? Height,
    string Purpose,
    Guid? RequestId,
    Guid? UserId);
