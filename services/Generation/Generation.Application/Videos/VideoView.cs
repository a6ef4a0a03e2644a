using AiVideo.Generation.Application.Jobs;

namespace AiVideo.Generation.Application.Videos;

/// <summary>
/// A text-to-video job as the video API shows it: status <c>queued</c>, <c>in_progress</c>, <c>completed</c>,
/// <c>failed</c> or <c>cancelled</c>, progress, what was asked for, what it remixes, the files it made, why it failed.
/// </summary>
public sealed record VideoView(
    Guid Id, string Status, int Progress, string Prompt, string Model, string Provider, string Size, double Seconds, Guid? RemixedFromVideoId,
    Guid? ReferenceFileId, Guid? FileId, Guid? ThumbnailFileId, double? DurationSeconds, VideoErrorView? Error, DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt)
{
    public const string Queued = "queued";
    public const string InProgress = "in_progress";
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";

    public static VideoView Of(GenerationJob job)
    {
        var request = JobPayloads.Read<VideoRequested>(job.Payload);
        var result = job.Status == JobStatus.Succeeded && job.Output is { } json ? JobPayloads.Read<VideoResult>(json) : null;
        var status = job.Status switch
        {
            JobStatus.Queued => Queued,
            JobStatus.Running => InProgress,
            JobStatus.Succeeded => Completed,
            JobStatus.Failed => Failed,
            _ => Cancelled,
        };
        var error = job.Status switch
        {
            JobStatus.Failed => new VideoErrorView(job.ErrorCode ?? "failed", job.ErrorMessage ?? "The video could not be made."),
            JobStatus.Cancelled => new VideoErrorView(JobFailure.Cancelled, job.CancelReason is { } reason ? $"The video was cancelled ({reason})." : "The video was cancelled."),
            _ => null,
        };
        return new VideoView(job.Id, status, job.Status == JobStatus.Succeeded ? 100 : job.Status == JobStatus.Running ? job.Progress : 0, request.Prompt ?? "",
            job.Model ?? request.Model ?? job.Provider, job.Provider, $"{request.Width}x{request.Height}", request.Seconds ?? 0, job.SourceJobId,
            job.Kind == JobKinds.Remix ? null : request.Inputs.ImageFileId, result?.VideoFileId, result?.ThumbnailFileId, result?.DurationSeconds, error,
            job.CreatedAt, job.CompletedAt);
    }
}

/// <summary>Why a video failed: a code and a message.</summary>
public sealed record VideoErrorView(string Code, string Message);
