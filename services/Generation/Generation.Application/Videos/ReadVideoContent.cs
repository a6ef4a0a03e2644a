namespace AiVideo.Generation.Application.Videos;

/// <summary>
/// A completed video's bytes (variant <c>video</c>, the MP4) or its thumbnail (variant <c>thumbnail</c>, a JPEG), read
/// from media-api with the range asked for, to stream to the client.
/// </summary>
public sealed class ReadVideoContent(IJobs jobs, IMediaFiles media)
{
    public const string Video = "video";
    public const string Thumbnail = "thumbnail";

    public async Task<Result<MediaStream>> ExecuteAsync(Guid companyId, Guid videoId, string? variant, string? range, CancellationToken cancellationToken)
    {
        variant ??= Video;
        if (variant is not (Video or Thumbnail))
        {
            return Error.Validation("variant", $"The variant is {Video} or {Thumbnail}.");
        }
        var job = await GetVideo.FindAsync(jobs, companyId, videoId, cancellationToken);
        if (job is null)
        {
            return Error.NotFound("video");
        }
        if (job.Status != JobStatus.Succeeded || job.Output is null)
        {
            return Error.Conflict("video_not_completed", $"The video is {VideoView.Of(job).Status}; its content is ready once it is completed.");
        }
        var made = Jobs.JobPayloads.Read<VideoResult>(job.Output);
        var content = await media.OpenAsync(companyId, variant == Video ? made.VideoFileId : made.ThumbnailFileId, range, cancellationToken);
        return content is null ? Error.Gone("content_gone", "The video's file is no longer stored.") : content;
    }
}
