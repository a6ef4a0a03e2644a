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

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public MediaKind Kind => MediaTypes.KindOf(ContentType);

    public static StoredFile Begin(
        Guid companyId, Guid? userId, Guid? requestId, UploadPurpose purpose, FileTarget target, string fileName, string contentType, long size, DateTimeOffset now)
    {
        var id = Guid.CreateVersion7(now);
        return new StoredFile
        {
            Id = id,
            CompanyId = companyId,
            UserId = userId,
            RequestId = requestId,
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

    /// <summary>The stored bytes were verified: the file can be read (the pixel size recorded for images).</summary>
    public void MarkAvailable(DetectedMedia verified, string? etag, DateTimeOffset now)
    {
        Status = FileStatus.Available;
        Width = verified.Width;
        Height = verified.Height;
        ETag = etag;
        UpdatedAt = now;
    }
}
