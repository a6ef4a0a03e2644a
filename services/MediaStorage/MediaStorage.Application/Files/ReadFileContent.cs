namespace AiVideo.MediaStorage.Application.Files;

/// <summary>A stored file's bytes (available, or a video upload being processed) for streaming, whole or one range of them.</summary>
public sealed class ReadFileContent(IFiles files, IObjectStorage storage)
{
    /// <summary>The available file (its size, type and ETag decide how the range is answered).</summary>
    public async Task<Result<StoredFile>> FindAsync(FileOwner owner, Guid fileId, CancellationToken cancellationToken)
    {
        var file = await files.FindAsync(fileId, owner.CompanyId, cancellationToken);
        if (file is null)
        {
            return Error.NotFound("file");
        }
        return file.IsStored ? file : Error.Conflict("file_not_available", $"The file is {file.Status.ToString().ToLowerInvariant()}.");
    }

    public async Task<Result<ObjectContent>> OpenAsync(StoredFile file, ByteRange? range, CancellationToken cancellationToken) =>
        await storage.GetAsync(file.StorageKey, range, cancellationToken) is { } content
            ? content
            : Error.Gone("object_missing", "The file's bytes are no longer in storage.");
}
