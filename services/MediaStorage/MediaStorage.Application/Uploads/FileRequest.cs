namespace AiVideo.MediaStorage.Application.Uploads;

/// <summary>What a client declares about a file it is about to store.</summary>
public sealed record FileRequest(
    string? FileName, string? ContentType, long Size, string? Purpose,
    Guid? ProjectId = null, Guid? SceneId = null, Guid? AssetId = null, Guid? CarModelId = null, Guid? CarVariantId = null, string? CarMediaType = null);
