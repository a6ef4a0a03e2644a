namespace AiVideo.Generation.Application.Abstractions;

/// <summary>
/// An output of a request to store in media-api (purpose <c>generated</c>): the local file, its type and name, whose it is
/// and what it belongs to. <paramref name="Output"/> names it among the request's outputs (e.g. <c>clip</c>, <c>seed-frame</c>).
/// </summary>
public sealed record MediaUpload(
    Guid CompanyId, Guid? UserId, Guid RequestId, string Output, string Path, string ContentType, string FileName, Guid? ProjectId = null,
    Guid? SceneId = null);
