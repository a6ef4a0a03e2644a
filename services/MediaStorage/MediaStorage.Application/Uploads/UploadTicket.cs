namespace AiVideo.MediaStorage.Application.Uploads;

/// <summary>Where and how to send a file's bytes: one presigned PUT, or presigned PUTs of parts of <see cref="PartSize"/> bytes.</summary>
public sealed record UploadTicket(
    Guid UploadId, Guid FileId, PresignedRequest? Put, long? PartSize, IReadOnlyList<UploadPart>? Parts, DateTimeOffset ExpiresAt);

public sealed record UploadPart(int PartNumber, Uri Url);
