namespace AiVideo.Generation.Application.Abstractions;

/// <summary>
/// media-api as generation uses it, with a service token: inputs read by file id on behalf of a company, outputs stored
/// through its upload protocol once per request and output (a retried job finds the file it stored before), a video
/// upload's renditions stored beside it. Failures are <see cref="MediaProcessingException"/>s: a missing input or a
/// refused output is permanent, media-api being unreachable or failing is retryable.
/// </summary>
public interface IMediaFiles
{
    /// <summary>
    /// Writes the file's bytes to <paramref name="destination"/> and says what they are. <paramref name="projectId"/> is the
    /// project the reading job works for: a file missing because that project was deleted fails with
    /// <see cref="MediaErrorCodes.ProjectDeleted"/> rather than <see cref="MediaErrorCodes.InputNotFound"/>.
    /// </summary>
    Task<FileFacts> DownloadAsync(Guid companyId, Guid fileId, Guid? projectId, string destination, CancellationToken cancellationToken);

    /// <summary>What a company's file is (its type and size) without reading it; null when the company has no such readable file.</summary>
    Task<FileFacts?> InspectAsync(Guid companyId, Guid fileId, CancellationToken cancellationToken);

    /// <summary>The file's bytes (or the range asked for) to pass on to a client; null when the company has no such readable file.</summary>
    Task<MediaStream?> OpenAsync(Guid companyId, Guid fileId, string? range, CancellationToken cancellationToken);

    Task<StoredMedia> UploadAsync(MediaUpload upload, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a rendition (an HLS file under <c>hls/</c>, or <c>thumbnail.jpg</c>) beside a video upload being processed;
    /// <paramref name="projectId"/>, the upload's project, tells a file gone with its deleted project apart (<see cref="MediaErrorCodes.ProjectDeleted"/>).
    /// </summary>
    Task StoreRenditionAsync(Guid companyId, Guid fileId, Guid? projectId, string path, string source, CancellationToken cancellationToken);

    /// <summary>Deletes a company's file; one already gone is not an error.</summary>
    Task DeleteAsync(Guid companyId, Guid fileId, CancellationToken cancellationToken);
}
