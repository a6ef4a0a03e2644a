using AiVideo.MediaStorage.Application.Files;

namespace AiVideo.MediaStorage.Application.Uploads;

/// <summary>
/// Where and how to send a file's bytes: one presigned PUT, or presigned PUTs of parts of <see cref="PartSize"/> bytes.
/// <see cref="Stored"/> is set instead when a request's output was already stored: nothing is to be sent.
/// </summary>
public sealed record UploadTicket(
    Guid UploadId, Guid FileId, PresignedRequest? Put, long? PartSize, IReadOnlyList<UploadPart>? Parts, DateTimeOffset ExpiresAt, FileView? Stored = null)
{
    public static UploadTicket AlreadyStored(StoredFile file) => new(Guid.Empty, file.Id, null, null, null, file.UpdatedAt, FileView.Of(file));
}

public sealed record UploadPart(int PartNumber, Uri Url);
