using AiVideo.Contracts;
using AiVideo.MediaStorage.Domain.Usage;

namespace AiVideo.MediaStorage.Application.Files;

/// <summary>
/// Makes a file available once its stored bytes prove what was declared: the size matches, the first bytes are the
/// declared type (an image's pixel size read on the way). On success the reservation becomes use and ImageStored or
/// VideoStored goes out with the change; on failure the object is deleted and the reservation released (the caller
/// removes the file from the registry), and the error says what was found.
/// </summary>
public sealed class StoredObjectVerifier(IObjectStorage storage, IIntegrationEvents events, TimeProvider time)
{
    /// <summary>How much of a file is read to recognise it (a JPEG's size can sit behind its metadata).</summary>
    public const int HeadBytes = 64 * 1024;

    public async Task<Result> VerifyAsync(StoredFile file, ObjectInfo stored, CompanyUsage usage, CancellationToken cancellationToken)
    {
        if (stored.Size != file.Size)
        {
            await RejectAsync(file, usage, cancellationToken);
            return Error.Unprocessable("size_mismatch", $"The upload declared {file.Size} bytes but {stored.Size} were stored; the object was deleted.")
                with { Details = new Dictionary<string, object?> { ["declaredSize"] = file.Size, ["storedSize"] = stored.Size } };
        }

        byte[] head;
        await using (var content = await storage.GetAsync(file.StorageKey, new ByteRange(0, Math.Min(stored.Size, HeadBytes) - 1), cancellationToken))
        {
            head = content is null ? [] : await ReadAllAsync(content.Content, cancellationToken);
        }
        var detected = MediaSignature.Detect(head);
        if (detected is null || !MediaTypes.Agree(file.ContentType, detected.ContentType))
        {
            var found = detected?.ContentType ?? "unrecognised data";
            await RejectAsync(file, usage, cancellationToken);
            return Error.UnsupportedMediaType("content_type_mismatch", $"The file was declared as {file.ContentType} but its bytes are {found}; the object was deleted.")
                with { Details = new Dictionary<string, object?> { ["declaredContentType"] = file.ContentType, ["detectedContentType"] = detected?.ContentType } };
        }

        var now = time.GetUtcNow();
        file.MarkAvailable(detected, stored.ETag, now);
        usage.Commit(file.Size, stored.Size, now);
        PublishStored(file);
        return Result.Success;
    }

    private async Task RejectAsync(StoredFile file, CompanyUsage usage, CancellationToken cancellationToken)
    {
        await storage.DeleteAsync(file.StorageKey, cancellationToken);
        usage.Release(file.Size, time.GetUtcNow());
    }

    private void PublishStored(StoredFile file)
    {
        switch (file.Kind)
        {
            case MediaKind.Image:
                events.Publish(new ImageStored(file.Id, file.CompanyId, file.ProjectId, file.SceneId, file.StorageKey, file.ContentType, file.Size,
                    file.Width, file.Height, file.Purpose, file.RequestId, file.UserId));
                break;
            case MediaKind.Video:
                events.Publish(new VideoStored(file.Id, file.CompanyId, file.ProjectId, file.SceneId, file.StorageKey, file.ContentType, file.Size,
                    file.Purpose, file.RequestId, file.UserId));
                break;
        }
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
