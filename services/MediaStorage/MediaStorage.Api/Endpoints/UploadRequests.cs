namespace AiVideo.MediaStorage.Api.Endpoints;

/// <summary>The body of <c>POST /api/uploads</c> (and of internal uploads, with the company and correlation ids).</summary>
public sealed record CreateUploadRequest(
    string? FileName, string? ContentType, long? Size, string? Purpose, Guid? ProjectId, Guid? SceneId, Guid? AssetId,
    Guid? CarModelId, Guid? CarVariantId, string? CarMediaType)
{
    public FileRequest ToFileRequest() =>
        new(FileName, ContentType, Size ?? 0, Purpose, ProjectId, SceneId, AssetId, CarModelId, CarVariantId, CarMediaType);
}

public sealed record CompletedPartRequest(int PartNumber, string? ETag);

public sealed record CompleteUploadRequest(IReadOnlyList<CompletedPartRequest>? Parts);

/// <summary>What <c>POST /api/uploads</c> answers: one presigned PUT, or presigned parts (§4).</summary>
public static class UploadResponse
{
    public static object From(UploadTicket ticket) => ticket.Put is { } put
        ? new { uploadId = ticket.UploadId, fileId = ticket.FileId, method = put.Method, url = put.Url, headers = put.Headers, expiresAt = ticket.ExpiresAt }
        : new
        {
            uploadId = ticket.UploadId,
            fileId = ticket.FileId,
            partSize = ticket.PartSize,
            parts = ticket.Parts!.Select(p => new { partNumber = p.PartNumber, url = p.Url }),
            expiresAt = ticket.ExpiresAt,
        };
}
