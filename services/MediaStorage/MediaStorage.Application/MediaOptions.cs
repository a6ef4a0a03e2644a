namespace AiVideo.MediaStorage.Application;

/// <summary>Upload rules (section <c>Media</c>): size limits per kind of media, multipart sizes, lifetimes of uploads and links.</summary>
public sealed class MediaOptions
{
    public const string SectionName = "Media";

    public Dictionary<MediaKind, long> MaxBytes { get; set; } = new()
    {
        [MediaKind.Image] = 20L * 1024 * 1024,
        [MediaKind.Audio] = 50L * 1024 * 1024,
        [MediaKind.Video] = 5L * 1024 * 1024 * 1024,
        [MediaKind.Font] = 20L * 1024 * 1024,
        [MediaKind.Model] = 500L * 1024 * 1024,
        [MediaKind.Captions] = 5L * 1024 * 1024,
    };

    /// <summary>Above this size an upload is multipart.</summary>
    public long MultipartThreshold { get; set; } = 64L * 1024 * 1024;

    /// <summary>The size of each part but the last (S3 needs at least 5 MB; at most 10,000 parts).</summary>
    public long PartSize { get; set; } = 64L * 1024 * 1024;

    /// <summary>How long an upload (and its presigned URLs) stays open; afterwards the sweep removes what it left.</summary>
    public TimeSpan UploadLifetime { get; set; } = TimeSpan.FromHours(6);

    public TimeSpan DownloadUrlLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan MinDownloadUrlLifetime { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan MaxDownloadUrlLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The largest file <c>POST /api/files</c> takes in one request.</summary>
    public long DirectUploadMaxBytes { get; set; } = 25L * 1024 * 1024;

    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long after an upload's URLs expire the sweep still waits before removing what they wrote after the upload was
    /// closed: the store checks expiry with its own clock.
    /// </summary>
    public TimeSpan StorageClockAllowance { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long the signed playback links of a video (HLS playlists and their segments, MP4, thumbnail) stay valid.</summary>
    public TimeSpan PlaybackUrlLifetime { get; set; } = TimeSpan.FromHours(6);

    /// <summary>The largest single rendition object (a playlist, a segment, a thumbnail) generation-api may store beside a video upload.</summary>
    public long MaxRenditionObjectBytes { get; set; } = 64L * 1024 * 1024;

    public long LimitFor(MediaKind kind) => MaxBytes.TryGetValue(kind, out var limit) ? limit : 0;
}
