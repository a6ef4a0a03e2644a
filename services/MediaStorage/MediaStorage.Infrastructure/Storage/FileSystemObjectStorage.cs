using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AiVideo.MediaStorage.Infrastructure.Storage;

/// <summary>
/// The embedded storage backend: objects as files under the root (with their type and ETag beside them), multipart
/// uploads as part files assembled on completion, and signed URLs that media-api itself serves at <c>/storage/...</c>,
/// so clients use it exactly like S3: PUT to the URL, get an ETag back, GET with a range.
/// </summary>
public sealed partial class FileSystemObjectStorage(IOptions<StorageOptions> options, FileSystemUrlSigner signer) : IObjectStorage, ISelfServedStorage
{
    public const string ObjectsPath = "/storage/objects/";
    public const string UploadsPath = "/storage/uploads/";

    private const int BufferSize = 128 * 1024;
    private readonly string _root = Path.GetFullPath(options.Value.RootPath);

    private string Objects => Path.Combine(_root, "objects");
    private string Metadata => Path.Combine(_root, "meta");
    private string Multipart => Path.Combine(_root, "multipart");
    private string Temporary => Path.Combine(_root, "tmp");

    public Task EnsureReadyAsync(CancellationToken cancellationToken)
    {
        foreach (var folder in new[] { Objects, Metadata, Multipart, Temporary })
        {
            Directory.CreateDirectory(folder);
        }
        // Whatever a killed process left half-written; a day old, so no replica sharing the folder is still writing it.
        foreach (var stale in new DirectoryInfo(Temporary).EnumerateFiles().Where(f => f.LastWriteTimeUtc < DateTime.UtcNow.AddDays(-1)))
        {
            stale.Delete();
        }
        return Task.CompletedTask;
    }

    public async Task<ObjectInfo> PutAsync(string key, Stream content, long length, string contentType, CancellationToken cancellationToken) =>
        (await ReceiveObjectAsync(key, content, length, contentType, async (land, _) =>
        {
            await land();
            return true;
        }, cancellationToken))!;

    public Task<ObjectInfo?> HeadAsync(string key, CancellationToken cancellationToken)
    {
        var file = new FileInfo(ObjectPath(key));
        var meta = ReadMeta(key);
        return Task.FromResult(file.Exists && meta is not null
            ? new ObjectInfo(key, file.Length, meta.ETag, meta.ContentType, file.LastWriteTimeUtc)
            : null);
    }

    public async Task<ObjectContent?> GetAsync(string key, ByteRange? range, CancellationToken cancellationToken)
    {
        if (await HeadAsync(key, cancellationToken) is not { } info)
        {
            return null;
        }
        var stream = new FileStream(ObjectPath(key), FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
        if (range is null)
        {
            return new ObjectContent(stream, info, null);
        }
        stream.Seek(range.From, SeekOrigin.Begin);
        return new ObjectContent(new BoundedReadStream(stream, range.Length), info, range);
    }

    /// <summary>Deletes the object if it is there; deleting what was never stored (or whose folder is gone) is not an error, as on S3.</summary>
    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        foreach (var path in new[] { ObjectPath(key), MetaPath(key) })
        {
            try
            {
                File.Delete(path);
            }
            catch (DirectoryNotFoundException)
            {
            }
        }
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<ObjectInfo> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Objects))
        {
            yield break;
        }
        foreach (var path in Directory.EnumerateFiles(Objects, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var key = Path.GetRelativePath(Objects, path).Replace('\\', '/');
            if (key.StartsWith(prefix, StringComparison.Ordinal) && await HeadAsync(key, cancellationToken) is { } info)
            {
                yield return info;
            }
        }
    }

    public PresignedRequest PresignPut(string key, string contentType, long length, DateTimeOffset expiresAt) => new(
        "PUT", signer.Sign("PUT", ObjectsPath + CheckKey(key), expiresAt, length, contentType),
        new Dictionary<string, string> { ["Content-Type"] = contentType }, expiresAt);

    public PresignedRequest PresignGet(string key, DateTimeOffset expiresAt, string? downloadFileName = null) => new(
        "GET", signer.Sign("GET", ObjectsPath + CheckKey(key), expiresAt, fileName: downloadFileName), new Dictionary<string, string>(), expiresAt);

    public async Task<string> StartMultipartAsync(string key, string contentType, CancellationToken cancellationToken)
    {
        var uploadId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        Directory.CreateDirectory(Path.Combine(Multipart, uploadId));
        await File.WriteAllTextAsync(Path.Combine(Multipart, uploadId, "upload.json"),
            JsonSerializer.Serialize(new MultipartManifest(CheckKey(key), contentType)), cancellationToken);
        return uploadId;
    }

    public PresignedRequest PresignPart(string key, string uploadId, int partNumber, long length, DateTimeOffset expiresAt) => new(
        "PUT", signer.Sign("PUT", $"{UploadsPath}{CheckUploadId(uploadId)}/parts/{partNumber}", expiresAt, length), new Dictionary<string, string>(), expiresAt);

    public async Task<MultipartCompletion> CompleteMultipartAsync(string key, string uploadId, IReadOnlyList<CompletedPart> parts, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Multipart, CheckUploadId(uploadId));
        var manifest = await ReadManifestAsync(uploadId, cancellationToken);
        if (manifest is null || manifest.Key != key)
        {
            return MultipartCompletion.NoSuchUpload;
        }
        foreach (var part in parts)
        {
            var stored = Path.Combine(folder, $"{part.PartNumber}.etag");
            if (!File.Exists(stored) || await File.ReadAllTextAsync(stored, cancellationToken) != part.ETag.Trim('"'))
            {
                return MultipartCompletion.InvalidParts;
            }
        }

        Directory.CreateDirectory(Temporary);
        var temporary = Path.Combine(Temporary, Guid.NewGuid().ToString("N"));
        try
        {
            string etag;
            await using (var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous))
            using (var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5))
            {
                var buffer = new byte[BufferSize];
                foreach (var part in parts.OrderBy(p => p.PartNumber))
                {
                    await using var input = new FileStream(Path.Combine(folder, part.PartNumber.ToString()), FileMode.Open, FileAccess.Read, FileShare.Read,
                        BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
                    int read;
                    while ((read = await input.ReadAsync(buffer, cancellationToken)) > 0)
                    {
                        md5.AppendData(buffer, 0, read);
                        await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    }
                }
                etag = Convert.ToHexStringLower(md5.GetHashAndReset());
            }
            await CommitAsync(key, temporary, etag, manifest.ContentType);
        }
        finally
        {
            File.Delete(temporary); // gone already once committed; a cancelled or failed assembly leaves nothing
        }
        Directory.Delete(folder, recursive: true);
        return MultipartCompletion.Completed;
    }

    public Task AbortMultipartAsync(string key, string uploadId, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Multipart, CheckUploadId(uploadId));
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// Stores the body of a presigned object PUT, which must be exactly the signed length: written to a temporary file, then
    /// moved into place by <paramref name="landIfAccepted"/>, which does so only while the upload is open (it may have been
    /// closed meanwhile); null when it did not land. A failure leaves nothing.
    /// </summary>
    public async Task<ObjectInfo?> ReceiveObjectAsync(string key, Stream body, long length, string contentType,
        Func<Func<Task>, CancellationToken, Task<bool>> landIfAccepted, CancellationToken cancellationToken)
    {
        CheckKey(key);
        var (temporary, etag) = await WriteTemporaryAsync(body, length, cancellationToken);
        try
        {
            ObjectInfo? stored = null;
            return await landIfAccepted(async () => stored = await CommitAsync(key, temporary, etag, contentType), cancellationToken) ? stored : null;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// Stores the body of a presigned part PUT (at most <paramref name="maxLength"/> bytes) and returns the part's ETag;
    /// null when the multipart upload is gone (aborted, completed) or <paramref name="accepted"/> says no once the body is in.
    /// </summary>
    public async Task<string?> ReceivePartAsync(string uploadId, int partNumber, Stream body, long maxLength, Func<CancellationToken, Task<bool>> accepted,
        CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Multipart, CheckUploadId(uploadId));
        if (partNumber is < 1 or > 10_000 || !File.Exists(Path.Combine(folder, "upload.json")))
        {
            return null;
        }
        var (temporary, etag) = await WriteTemporaryAsync(body, null, cancellationToken, maxLength);
        try
        {
            if (!await accepted(cancellationToken))
            {
                return null;
            }
            File.Move(temporary, Path.Combine(folder, partNumber.ToString()), overwrite: true);
            await File.WriteAllTextAsync(Path.Combine(folder, $"{partNumber}.etag"), etag, cancellationToken);
            return etag;
        }
        catch (DirectoryNotFoundException)
        {
            return null; // aborted or completed while the part was arriving
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public string? Refuse(string method, string path, Func<string, string?> query)
    {
        if (path.StartsWith(ObjectsPath, StringComparison.Ordinal) && !IsValidKey(path[ObjectsPath.Length..]))
        {
            return "Not a storage key.";
        }
        return signer.Check(method, path, query);
    }

    public SignedTerms Terms(Func<string, string?> query) => new(
        long.TryParse(query(FileSystemUrlSigner.Length), System.Globalization.CultureInfo.InvariantCulture, out var length) ? length : null,
        query(FileSystemUrlSigner.Type),
        query(FileSystemUrlSigner.FileName));

    /// <summary>Whether a key is one the service could have made (no traversal, no odd characters).</summary>
    public static bool IsValidKey(string key) => Key().IsMatch(key) && !key.Split('/').Any(segment => segment is "" or "." or "..");

    private async Task<(string Path, string ETag)> WriteTemporaryAsync(Stream content, long? length, CancellationToken cancellationToken, long? maxLength = null)
    {
        Directory.CreateDirectory(Temporary);
        var temporary = Path.Combine(Temporary, Guid.NewGuid().ToString("N"));
        try
        {
            long written = 0;
            using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
            await using (var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous))
            {
                var buffer = new byte[BufferSize];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    written += read;
                    if (written > (length ?? maxLength ?? long.MaxValue))
                    {
                        throw new InvalidDataException($"The body is longer than the {length ?? maxLength} bytes allowed.");
                    }
                    md5.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }
            if (length is not null && written != length)
            {
                throw new InvalidDataException($"The body has {written} bytes, not the {length} signed for.");
            }
            return (temporary, Convert.ToHexStringLower(md5.GetHashAndReset()));
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    private async Task<ObjectInfo> CommitAsync(string key, string temporary, string etag, string contentType)
    {
        var target = ObjectPath(key);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var meta = MetaPath(key);
        Directory.CreateDirectory(Path.GetDirectoryName(meta)!);
        var metaTemporary = temporary + ".meta";
        try
        {
            await File.WriteAllTextAsync(metaTemporary, JsonSerializer.Serialize(new ObjectMeta(contentType, $"\"{etag}\"")));
            File.Move(temporary, target, overwrite: true);
            File.Move(metaTemporary, meta, overwrite: true);
        }
        finally
        {
            File.Delete(metaTemporary);
        }
        var file = new FileInfo(target);
        return new ObjectInfo(key, file.Length, $"\"{etag}\"", contentType, file.LastWriteTimeUtc);
    }

    private ObjectMeta? ReadMeta(string key)
    {
        try
        {
            return JsonSerializer.Deserialize<ObjectMeta>(File.ReadAllText(MetaPath(key)));
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    private async Task<MultipartManifest?> ReadManifestAsync(string uploadId, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Multipart, CheckUploadId(uploadId), "upload.json");
        return File.Exists(path) ? JsonSerializer.Deserialize<MultipartManifest>(await File.ReadAllTextAsync(path, cancellationToken)) : null;
    }

    private string ObjectPath(string key) => Path.Combine(Objects, CheckKey(key));

    private string MetaPath(string key) => Path.Combine(Metadata, CheckKey(key) + ".json");

    private static string CheckKey(string key) => IsValidKey(key) ? key : throw new ArgumentException($"'{key}' is not a storage key.", nameof(key));

    private static string CheckUploadId(string uploadId) =>
        UploadId().IsMatch(uploadId) ? uploadId : throw new ArgumentException($"'{uploadId}' is not an upload id.", nameof(uploadId));

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9/._-]{0,1023}$")]
    private static partial Regex Key();

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex UploadId();

    private sealed record ObjectMeta(string ContentType, string ETag);

    private sealed record MultipartManifest(string Key, string ContentType);
}
