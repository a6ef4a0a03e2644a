namespace AiVideo.MediaStorage.Application.Playback;

/// <summary>
/// Stores one rendition file (a playlist, a segment, the thumbnail) of a video upload being processed, for
/// generation-api, under the upload's own folder (<c>companies/{c}/videos/{file}/hls/...</c>); storing the same path
/// again replaces it, so a retried transcode overwrites what an earlier attempt left. Bytes are counted against the
/// company once the processing completes (<see cref="FinishVideoProcessing"/>). The file is looked for again under the
/// company's usage lock once the bytes are stored: deleted meanwhile (alone, or with its project), it took only the
/// renditions stored before, so this one is deleted too and the answer is 404, or 410 <c>project_deleted</c>.
/// </summary>
public sealed class StoreRendition(
    IFiles files, IUsage usage, IObjectStorage storage, Projects.DeletedProjectRule deletedProjects, IUnitOfWork unitOfWork, IOptions<MediaOptions> options)
{
    /// <summary><paramref name="projectId"/>: the project the file belongs to as the caller knows it, so that a file gone with its deleted project is 410 <c>project_deleted</c>.</summary>
    public async Task<Result<ObjectInfo>> ExecuteAsync(
        Guid companyId, Guid fileId, Guid? projectId, string path, Stream body, long? length, CancellationToken cancellationToken)
    {
        if (RenditionPaths.ContentTypeOf(path) is not { } contentType)
        {
            return Error.Validation("path", $"A rendition is {RenditionPaths.Thumbnail} or an HLS file under hls/ (a playlist, segment or init section, at most one folder deep).");
        }
        var limit = options.Value.MaxRenditionObjectBytes;
        if (length is null)
        {
            return Error.Validation("Content-Length", "Send the rendition's length in Content-Length.");
        }
        if (length > limit)
        {
            return Error.TooLarge("rendition_too_large", $"A rendition file is at most {limit} bytes; this one is {length}.");
        }
        var file = await files.FindAsync(fileId, companyId, cancellationToken);
        if (file is null)
        {
            return await deletedProjects.RefuseAsync(companyId, projectId, cancellationToken) ?? Error.NotFound("file");
        }
        if (!file.NeedsProcessing)
        {
            return Error.Conflict("not_a_video_upload", "Only a video upload (purpose video-upload) has renditions.");
        }
        if (file.Status != FileStatus.Processing)
        {
            return Error.Conflict("file_not_processing", $"The file is {file.Status.ToString().ToLowerInvariant()}, not being processed.");
        }
        // Buffered: storage needs the whole length up front, and the S3 client a stream it can rewind.
        using var buffer = new MemoryStream((int)length.Value);
        await body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length != length)
        {
            return Error.Validation("body", $"Content-Length said {length} bytes but {buffer.Length} arrived.");
        }
        buffer.Position = 0;
        var key = file.RenditionPrefix + path;
        var stored = await storage.PutAsync(key, buffer, length.Value, contentType, cancellationToken);
        return await unitOfWork.InTransactionAsync<Result<ObjectInfo>>(async () =>
        {
            await usage.LockAsync(companyId, cancellationToken);
            if (await files.FindAsync(fileId, companyId, cancellationToken) is not null)
            {
                return stored; // a deletion from now on finds this rendition under the file's prefix
            }
            await storage.DeleteAsync(key, cancellationToken);
            return await deletedProjects.RefuseAsync(companyId, file.ProjectId, cancellationToken) ?? Error.NotFound("file");
        }, cancellationToken);
    }
}
