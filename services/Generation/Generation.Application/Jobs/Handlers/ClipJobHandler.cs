namespace AiVideo.Generation.Application.Jobs.Handlers;

/// <summary>
/// A scene clip (<see cref="VideoRequested"/> of kind <c>clip</c>): the scene image fetched and turned into a clip; the
/// clip and its last frame stored through media-api (outputs <c>clip</c> and <c>seed-frame</c>) and announced by
/// <see cref="VideoReady"/> carrying the seed frame.
/// </summary>
public sealed class ClipJobHandler(IMediaProviders providers, JobInputs inputs, IMediaFiles media) : IJobHandler
{
    /// <summary>A clip's length when the request gives none.</summary>
    public const double DefaultSeconds = 5;

    public IReadOnlyList<string> Kinds { get; } = [JobKinds.Clip];

    public async Task<JobOutcome> ExecuteAsync(JobContext context, CancellationToken cancellationToken)
    {
        var request = context.Job.PayloadAs<VideoRequested>();
        if (request.Inputs.ImageFileId is not { } imageId)
        {
            throw MediaProcessingException.InvalidRequest("A clip is made from an image: inputs.imageFileId is required.");
        }
        var image = await inputs.ImageAsync(context.Job, imageId, context.Workspace, "image", cancellationToken);
        var clip = await providers.Get<IClipGenerator>(context.Job.Provider).GenerateAsync(new ClipRequest(image, request.Seconds ?? DefaultSeconds,
            request.Width, request.Height, request.Prompt, request.Inputs.Variation), context.Workspace, context.Progress, cancellationToken);
        var name = $"scene-{request.Inputs.Variation}";
        var video = await media.UploadAsync(new MediaUpload(request.CompanyId, request.UserId, request.RequestId, "clip", clip.Path, "video/mp4",
            $"{name}.mp4", request.ProjectId, request.SceneId), cancellationToken);
        var seed = await media.UploadAsync(new MediaUpload(request.CompanyId, request.UserId, request.RequestId, "seed-frame", clip.SeedFramePath, "image/png",
            $"{name}-last-frame.png", request.ProjectId, request.SceneId), cancellationToken);
        var ready = new VideoReady(request.RequestId, request.CompanyId, request.ProjectId, request.SceneId, VideoKinds.Clip, video.FileId, clip.DurationSeconds,
            video.Size, clip.Width, clip.Height, new VideoPlayback(video.FileId, null), ThumbnailFileId: null, SeedFrameFileId: seed.FileId);
        return JobOutcome.Of(new { VideoFileId = video.FileId, SeedFrameFileId = seed.FileId, clip.DurationSeconds }, ready);
    }
}
