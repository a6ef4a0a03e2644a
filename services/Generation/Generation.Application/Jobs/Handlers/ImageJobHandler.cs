namespace AiVideo.Generation.Application.Jobs.Handlers;

/// <summary>
/// A scene image (<see cref="ImageRequested"/>): reference picture, seed frame and brand files fetched, the picture
/// rendered and stored through media-api as the request's <c>image</c>; media-api announces it (ImageStored, with the
/// request id), so this job publishes nothing itself.
/// </summary>
public sealed class ImageJobHandler(IMediaProviders providers, JobInputs inputs, BrandFiles brands, IMediaFiles media) : IJobHandler
{
    public const string Output = "image";

    public IReadOnlyList<string> Kinds { get; } = [JobKinds.Image];

    public async Task<JobOutcome> ExecuteAsync(JobContext context, CancellationToken cancellationToken)
    {
        var request = context.Job.PayloadAs<ImageRequested>();
        var (workspace, company) = (context.Workspace, request.CompanyId);
        var reference = request.ReferenceFileIds is [var first, ..] ? await inputs.ImageAsync(context.Job, first, workspace, "reference", cancellationToken) : null;
        var seed = request.SeedFrameSourceFileId is { } seedId ? await inputs.ImageAsync(context.Job, seedId, workspace, "seed-frame", cancellationToken) : null;
        var brand = await brands.DownloadAsync(context.Job, request.Brand, workspace, cancellationToken);
        var image = await providers.Get<IImageGenerator>(context.Job.Provider).GenerateAsync(new ImageRequest(request.Prompt, request.Width, request.Height,
            request.Title, request.NegativePrompt, request.Style, request.Mood, brand, reference, seed, request.Variation), workspace, context.Progress, cancellationToken);
        var stored = await media.UploadAsync(new MediaUpload(company, request.UserId, request.RequestId, Output, image.Path, image.ContentType,
            $"scene-{request.Variation}{JobInputs.ExtensionOf(image.ContentType)}", request.ProjectId, request.SceneId), cancellationToken);
        return JobOutcome.Of(new { ImageFileId = stored.FileId, image.Width, image.Height });
    }
}
