namespace AiVideo.MediaStorage.Application.Playback;

/// <summary>
/// Stores one rendition file (a playlist, a segment, the thumbnail) of a video upload being processed, for
/// generation-api, under the upload's own folder (<c>companies/{c}/videos/{file}/hls/...</c>); storing the same path
/// again replaces it, so a retried transcode overwrites what an earlier attempt left. Bytes are counted against the
/// company once the processing completes (<see cref="FinishVideoProcessing"/>).
/// </summary>
public sealed class StoreRendition(IFiles files, IObjectStorage storage, IOptions<MediaOptions> options)
{
    public async Task<Result<ObjectInfo>> ExecuteAsync(Guid companyId, Guid fileId, string path, Stream body, long? length, CancellationToken cancellationToken)
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
            return Error.NotFound("file");
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
        return await storage.PutAsync(file.RenditionPrefix + path, buffer, length.Value, contentType, cancellationToken);
    }
}
