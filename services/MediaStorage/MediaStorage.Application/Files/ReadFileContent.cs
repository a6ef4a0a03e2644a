namespace AiVideo.MediaStorage.Application.Files;

/// <summary>A stored file's bytes (available, or a video upload being processed) for streaming, whole or one range of them.</summary>
public sealed class ReadFileContent(IFiles files, IObjectStorage storage, Projects.DeletedProjectRule deletedProjects)
{
    /// <summary>
    /// The available file (its size, type and ETag decide how the range is answered). <paramref name="forProject"/> is the
    /// project a service reads the file for: a file not found while that project is deleted is 410 <c>project_deleted</c>.
    /// </summary>
    public async Task<Result<StoredFile>> FindAsync(FileOwner owner, Guid fileId, Guid? forProject, CancellationToken cancellationToken)
    {
        var file = await files.FindAsync(fileId, owner.CompanyId, cancellationToken);
        if (file is null)
        {
            return await deletedProjects.RefuseAsync(owner.CompanyId, forProject, cancellationToken) ?? Error.NotFound("file");
        }
        return file.IsStored ? file : Error.Conflict("file_not_available", $"The file is {file.Status.ToString().ToLowerInvariant()}.");
    }

    public async Task<Result<ObjectContent>> OpenAsync(StoredFile file, ByteRange? range, CancellationToken cancellationToken) =>
        await storage.GetAsync(file.StorageKey, range, cancellationToken) is { } content
            ? content
            : Error.Gone("object_missing", "The file's bytes are no longer in storage.");
}
