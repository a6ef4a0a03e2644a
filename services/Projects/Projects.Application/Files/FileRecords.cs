using AiVideo.Contracts;
using AiVideo.Projects.Domain.Files;

namespace AiVideo.Projects.Application.Files;

/// <summary>What media's and generation's events say about a company's files, kept as projects-api's own record of them.</summary>
public sealed class FileRecords(IKnownFiles known, TimeProvider time)
{
    private const string Processing = "processing";

    /// <summary>The purpose of an uploaded video that media-api processes (HLS) before it can be played.</summary>
    private const string VideoUploadPurpose = "video-upload";

    public Task RememberAsync(ImageStored stored, CancellationToken cancellationToken) =>
        known.RememberAsync(KnownFile.Learn(stored.FileId, stored.CompanyId, stored.ContentType, KnownFile.Available, stored.Width, stored.Height, null,
            time.GetUtcNow()), cancellationToken);

    public Task RememberAsync(VideoStored stored, CancellationToken cancellationToken) =>
        known.RememberAsync(KnownFile.Learn(stored.FileId, stored.CompanyId, stored.ContentType,
            stored.Purpose == VideoUploadPurpose ? Processing : KnownFile.Available, null, null, null, time.GetUtcNow()), cancellationToken);

    /// <summary>A ready video is available; its thumbnail, last frame and captions are files of the company too.</summary>
    public async Task RememberAsync(VideoReady ready, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await known.RememberAsync(KnownFile.Learn(ready.FileId, ready.CompanyId, "video/mp4", KnownFile.Available, ready.Width, ready.Height,
            ready.DurationSeconds, now), cancellationToken);
        if (ready.ThumbnailFileId is { } thumbnail)
        {
            await known.RememberAsync(KnownFile.Learn(thumbnail, ready.CompanyId, "image/jpeg", KnownFile.Available, null, null, null, now), cancellationToken);
        }
        if (ready.SeedFrameFileId is { } frame)
        {
            await known.RememberAsync(KnownFile.Learn(frame, ready.CompanyId, "image/png", KnownFile.Available, ready.Width, ready.Height, null, now),
                cancellationToken);
        }
        if (ready.CaptionsFileId is { } captions)
        {
            await known.RememberAsync(KnownFile.Learn(captions, ready.CompanyId, "text/vtt", KnownFile.Available, null, null, null, now), cancellationToken);
        }
    }
}
