namespace AiVideo.Contracts;

/// <summary>Media stored a raw video file (an upload to process or a generated output); correlation ids repeat the upload's.</summary>
public sealed record VideoStored(
    Guid FileId,
    Guid CompanyId,
    Guid? ProjectId,
    Guid? SceneId,
    string StorageKey,
    string ContentType,
    long Size,
    string Purpose,
    Guid? RequestId,
    Guid? UserId);
