using AiVideo.Generation.Application.Videos;

namespace AiVideo.Generation.Application.Jobs.Handlers;

/// <summary>
/// A video from a prompt (<see cref="VideoRequested"/> of kind <c>text_to_video</c>, or <c>remix</c>: a new prompt with
/// the remixed video's thumbnail as the reference picture): the provider's text-to-video maker (locally a multi-shot
/// storyboard → images → clips → narration → composition), the video and its thumbnail stored through media-api and
/// announced by <see cref="VideoReady"/>.
/// </summary>
public sealed class TextToVideoJobHandler(IMediaProviders providers, IJobs jobs, JobInputs inputs, IMediaFiles media) : IJobHandler
{
    public IReadOnlyList<string> Kinds { get; } = [JobKinds.TextToVideo, JobKinds.Remix];

    public async Task<JobOutcome> ExecuteAsync(JobContext context, CancellationToken cancellationToken)
    {
        var request = context.Job.PayloadAs<VideoRequested>();
        if (string.IsNullOrWhiteSpace(request.Prompt) || request.Seconds is not > 0)
        {
            throw MediaProcessingException.InvalidRequest("A video from a prompt needs the prompt and its length in seconds.");
        }
        var reference = request.Inputs.ImageFileId is { } imageId
            ? await inputs.ImageAsync(context.Job, imageId, context.Workspace, "reference", cancellationToken)
            : null;
        var remixOf = await RemixedProviderVideoAsync(context.Job, cancellationToken);
        var video = await providers.Get<ITextToVideoGenerator>(context.Job.Provider).GenerateAsync(
            new TextToVideoRequest(request.Prompt, request.Seconds.Value, request.Width, request.Height, reference, RemixOf: remixOf),
            context.Workspace, new ProgressRange(context.Progress, 0, 96), cancellationToken);
        var stored = await media.UploadAsync(new MediaUpload(request.CompanyId, request.UserId, request.RequestId, "video", video.Path, "video/mp4",
            "video.mp4", request.ProjectId, request.SceneId), cancellationToken);
        var thumbnail = await media.UploadAsync(new MediaUpload(request.CompanyId, request.UserId, request.RequestId, "thumbnail", video.ThumbnailPath,
            "image/jpeg", "thumbnail.jpg", request.ProjectId, request.SceneId), cancellationToken);
        context.Progress.Report(new MediaProgress(MediaStages.Done, 100));
        var ready = new VideoReady(request.RequestId, request.CompanyId, request.ProjectId, request.SceneId, request.Kind, stored.FileId, video.DurationSeconds,
            stored.Size, video.Width, video.Height, new VideoPlayback(stored.FileId, null), thumbnail.FileId);
        return JobOutcome.Of(new VideoResult(stored.FileId, thumbnail.FileId, video.DurationSeconds, video.Width, video.Height, stored.Size,
            video.ProviderVideoId), ready);
    }

    /// <summary>For a remix of a video the same provider made: the provider's id of that video (it remixes its own videos itself).</summary>
    private async Task<string?> RemixedProviderVideoAsync(ClaimedJob job, CancellationToken cancellationToken)
    {
        if (job.Kind != JobKinds.Remix || job.SourceJobId is not { } sourceId
            || await jobs.FindAsync(sourceId, job.CompanyId, cancellationToken) is not { Output: { } output } source
            || !string.Equals(source.Provider, job.Provider, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        return JobPayloads.Read<VideoResult>(output).ProviderVideoId;
    }
}
