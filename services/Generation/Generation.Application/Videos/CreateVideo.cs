using AiVideo.Generation.Application.Jobs;

namespace AiVideo.Generation.Application.Videos;

/// <summary>
/// Starts a video from a prompt: the request checked (<see cref="VideoRules"/>), a reference picture checked (a file of
/// the caller's company that is an image) or, when sent along, stored through media-api as the job's
/// <c>input-reference</c>, then the job queued. Every bad input is an error before anything starts; so is paid work of a
/// company past its monthly limit (402).
/// </summary>
public sealed class CreateVideo(
    VideoRules rules, ICompanySettings companies, Usage.GenerationAllowance allowance, IMediaFiles media, IMediaWorkspaces workspaces, EnqueueJob enqueue,
    TimeProvider time)
{
    /// <summary>The largest reference picture taken (media-api's limit for images).</summary>
    public const int MaxReferenceBytes = 20 * 1024 * 1024;

    public async Task<Result<VideoView>> ExecuteAsync(Guid companyId, Guid? userId, VideoRequest request, CancellationToken cancellationToken)
    {
        var companyDefault = request.Provider is null ? (await companies.FindAsync(companyId, cancellationToken))?.DefaultProvider : null;
        var checkedRequest = rules.Check(request, companyDefault);
        if (!checkedRequest.IsSuccess)
        {
            return checkedRequest.Error;
        }
        var (provider, model, size, seconds) = checkedRequest.Value;
        if (await allowance.CheckAsync(companyId, provider, cancellationToken) is { Error: { } overLimit })
        {
            return overLimit;
        }
        var jobId = Guid.CreateVersion7(time.GetUtcNow());
        var referenceField = request.OpenAi ? "input_reference" : "referenceFileId";
        Guid? referenceId = null;
        if (request.ReferenceFileId is { } fileId)
        {
            var facts = await media.InspectAsync(companyId, fileId, cancellationToken);
            if (facts is null)
            {
                return Error.Validation(referenceField, "The reference file was not found.");
            }
            if (!facts.IsImage)
            {
                return Error.Validation(referenceField, $"The reference file is {facts.ContentType}; it must be an image.");
            }
            referenceId = fileId;
        }
        else if (request.Reference is { } image)
        {
            var stored = await StoreReferenceAsync(companyId, userId, jobId, image, referenceField, cancellationToken);
            if (!stored.IsSuccess)
            {
                return stored.Error;
            }
            referenceId = stored.Value;
        }
        var payload = new VideoRequested(jobId, companyId, userId, null, null, VideoKinds.TextToVideo,
            new VideoInputs(referenceId, [], [], null, null, null, null, null), size.Width, size.Height, 30, seconds, request.Prompt, model, provider);
        var job = await enqueue.ExecuteAsync(new JobRequest(jobId, companyId, userId, null, null, JobKinds.TextToVideo, provider, model, payload, jobId),
            cancellationToken);
        return VideoView.Of(job!);
    }

    private async Task<Result<Guid>> StoreReferenceAsync(Guid companyId, Guid? userId, Guid jobId, ReferenceImage image, string field, CancellationToken cancellationToken)
    {
        if (image.Content.Length == 0 || image.Content.Length > MaxReferenceBytes)
        {
            return Error.Validation(field, $"The reference image is 1 byte to {MaxReferenceBytes / (1024 * 1024)} MB.");
        }
        var contentType = image.ContentType ?? "application/octet-stream";
        if (!contentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase))
        {
            return Error.Validation(field, $"The reference is {contentType}; it must be an image (PNG, JPEG, WebP).");
        }
        using var workspace = workspaces.Create("reference");
        var path = workspace.NewFile("reference", JobInputs.ExtensionOf(contentType.ToLowerInvariant()));
        await File.WriteAllBytesAsync(path, image.Content, cancellationToken);
        try
        {
            var stored = await media.UploadAsync(new MediaUpload(companyId, userId, jobId, "input-reference", path, contentType,
                string.IsNullOrWhiteSpace(image.FileName) ? "reference" + Path.GetExtension(path) : image.FileName), cancellationToken);
            return stored.FileId;
        }
        catch (MediaProcessingException exception) when (exception.Code == MediaErrorCodes.OutputRefused)
        {
            return Error.Validation(field, $"The reference image was refused: {exception.Message}");
        }
    }
}
