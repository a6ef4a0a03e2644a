using AiVideo.Generation.Application.Jobs;

namespace AiVideo.Generation.Application.Videos;

/// <summary>
/// A new video from a completed one and a new prompt: same provider, model, size and length, the original's thumbnail as
/// its reference picture. A video not completed (yet, or ever) cannot be remixed.
/// </summary>
public sealed class RemixVideo(IJobs jobs, Usage.GenerationAllowance allowance, EnqueueJob enqueue, TimeProvider time)
{
    public async Task<Result<VideoView>> ExecuteAsync(Guid companyId, Guid? userId, Guid videoId, string? prompt, CancellationToken cancellationToken)
    {
        var source = await jobs.FindAsync(videoId, companyId, cancellationToken);
        if (source is null || source.DeletedAt is not null || !JobKinds.Videos.Contains(source.Kind))
        {
            return Error.NotFound("video");
        }
        if (VideoRules.CheckPrompt(prompt) is { IsSuccess: false } bad)
        {
            return bad.Error;
        }
        if (source.Status != JobStatus.Succeeded || source.Output is null)
        {
            return Error.Conflict("video_not_completed", $"Only a completed video can be remixed; this one is {VideoView.Of(source).Status}.");
        }
        if (await allowance.CheckAsync(companyId, source.Provider, cancellationToken) is { Error: { } overLimit })
        {
            return overLimit;
        }
        var original = JobPayloads.Read<VideoRequested>(source.Payload);
        var made = JobPayloads.Read<VideoResult>(source.Output);
        var jobId = Guid.CreateVersion7(time.GetUtcNow());
        var payload = original with
        {
            RequestId = jobId,
            UserId = userId,
            Kind = VideoKinds.Remix,
            Prompt = prompt,
            Inputs = original.Inputs with { ImageFileId = made.ThumbnailFileId, SourceVideoFileId = made.VideoFileId, Variation = original.Inputs.Variation + 1 },
        };
        var job = await enqueue.ExecuteAsync(new JobRequest(jobId, companyId, userId, null, null, JobKinds.Remix, source.Provider, source.Model, payload, jobId,
            source.Id), cancellationToken);
        return VideoView.Of(job!);
    }
}
