using AiVideo.MediaStorage.Domain.Media;
using AiVideo.MediaStorage.Domain.Uploads;

namespace AiVideo.MediaStorage.Domain.Files;

/// <summary>
/// A file in the registry: whose it is, what it belongs to, where its bytes are, and what they were verified to be.
/// It becomes available only after its stored bytes were checked against what was declared.
/// </summary>
public sealed class StoredFile
{
    public const int MaxFileNameLength = 255;

    public const int MaxOutputLength = 40;

    public const int MaxFailureReasonLength = 1000;

    private StoredFile()
    {
    }

    public Guid Id { get; private set; }

    public Guid CompanyId { get; private set; }

    public Guid? UserId { get; private set; }

    public Guid? ProjectId { get; private set; }

    public Guid? SceneId { get; private set; }

    public Guid? AssetId { get; private set; }

    /// <summary>The generation request this file is an output of (repeated in its stored event).</summary>
    public Guid? RequestId { get; private set; }

    /// <summary>
    /// Which output of <see cref="RequestId"/> this file is (e.g. <c>clip</c>, <c>seed-frame</c>): a request stores each of
    /// its outputs once, so a retried generation job finds the file it stored before instead of registering another.
    /// </summary>
    public string? Output { get; private set; }

    public string Purpose { get; private set; } = "";

    public string FileName { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public long Size { get; private set; }

    public string StorageKey { get; private set; } = "";

    public FileStatus Status { get; private set; }

    public int? Width { get; private set; }

    public int? Height { get; private set; }

    public double? DurationSeconds { get; private set; }

    public string? ETag { get; private set; }

    /// <summary>Why processing failed (an uploaded video ffmpeg could not read), in words a user can read.</summary>
    public string? FailureReason { get; private set; }

    /// <summary>The HLS master playlist of a processed video upload, under <see cref="RenditionPrefix"/>.</summary>
    public string? HlsPlaylistKey { get; private set; }

    /// <summary>The thumbnail of a processed video upload, under <see cref="RenditionPrefix"/>.</summary>
    public string? ThumbnailKey { get; private set; }

    /// <summary>Bytes the renditions of a processed video upload (HLS ladder, thumbnail) take in storage.</summary>
    public long RenditionBytes { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public MediaKind Kind => MediaTypes.KindOf(ContentType);

    /// <summary>Whether the file is a video upload that is transcoded (to HLS with a thumbnail) before it is available.</summary>
    public bool NeedsProcessing => Purpose == UploadPurpose.VideoUpload.Name && Kind == MediaKind.Video;

    /// <summary>
    /// The folder a video upload's renditions live in, beside its original (<c>companies/{c}/videos/{file}/</c>); null for
    /// other files, which have none.
    /// </summary>
    public string? RenditionPrefix => NeedsProcessing ? StorageKey[..(StorageKey.LastIndexOf('/') + 1)] : null;

    /// <summary>Whether the file's bytes were verified (available, or a video upload being processed): they can be read.</summary>
    public bool IsStored => Status is FileStatus.Available or FileStatus.Processing;

    public static StoredFile Begin(
        Guid companyId, Guid? userId, Guid? requestId, UploadPurpose purpose, FileTarget target, string fileName, string contentType, long size, DateTimeOffset now,
        string? output = null)
    {
        var id = Guid.CreateVersion7(now);
        return new StoredFile
        {
            Id = id,
            CompanyId = companyId,
            UserId = userId,
            RequestId = requestId,
            Output = output,
            ProjectId = target.ProjectId,
            SceneId = target.SceneId,
            AssetId = target.AssetId,
            Purpose = purpose.Name,
            FileName = fileName,
            ContentType = contentType,
            Size = size,
            StorageKey = StorageKeys.For(companyId, id, purpose, target, contentType),
            Status = FileStatus.Uploading,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>
    /// The stored bytes were verified: the file can be read (the pixel size recorded for images). A video upload goes on
    /// to <c>processing</c> until its renditions are made (<see cref="CompleteProcessing"/>), others are available at once.
    /// </summary>
    public void MarkAvailable(DetectedMedia verified, string? etag, DateTimeOffset now)
    {
        Status = NeedsProcessing ? FileStatus.Processing : FileStatus.Available;
        Width = verified.Width;
        Height = verified.Height;
        ETag = etag;
        UpdatedAt = now;
    }

    /// <summary>
    /// A video upload's renditions are stored: it becomes available with what the transcoder read from it. Only a file in
    /// processing moves; anything else (already processed, failed) is left as it is and false returned.
    /// </summary>
    public bool CompleteProcessing(int width, int height, double durationSeconds, string hlsPlaylistKey, string? thumbnailKey, long renditionBytes, DateTimeOffset now)
    {
        if (Status != FileStatus.Processing)
        {
            return false;
        }
        var prefix = RenditionPrefix!;
        if (!hlsPlaylistKey.StartsWith(prefix, StringComparison.Ordinal) || (thumbnailKey is not null && !thumbnailKey.StartsWith(prefix, StringComparison.Ordinal)))
        {
            throw new ArgumentException($"Renditions of file {Id} live under {prefix}.");
        }
        Status = FileStatus.Available;
        Width = width;
        Height = height;
        DurationSeconds = durationSeconds;
        HlsPlaylistKey = hlsPlaylistKey;
        ThumbnailKey = thumbnailKey;
        RenditionBytes = renditionBytes;
        FailureReason = null;
        UpdatedAt = now;
        return true;
    }

    /// <summary>Processing a video upload failed: the file is <c>failed</c> with the reason. Only a file in processing moves.</summary>
    public bool FailProcessing(string reason, DateTimeOffset now)
    {
        if (Status != FileStatus.Processing)
        {
            return false;
        }
        Status = FileStatus.Failed;
        FailureReason = reason.Length <= MaxFailureReasonLength ? reason : reason[..(MaxFailureReasonLength - 1)] + "…";
        UpdatedAt = now;
        return true;
    }
}
