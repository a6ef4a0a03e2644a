namespace AiVideo.Generation.Application.Jobs;

/// <summary>
/// Fetches a job's input files (of the job's company) from media-api into its workspace, named by what they are (ffmpeg
/// and the image decoder read them by content anyway). An input gone because the job's project was deleted fails the
/// attempt with <see cref="MediaErrorCodes.ProjectDeleted"/>, which cancels the job.
/// </summary>
public sealed class JobInputs(IMediaFiles media)
{
    public async Task<(string Path, FileFacts Facts)> DownloadAsync(ClaimedJob job, Guid fileId, MediaWorkspace workspace, string name, CancellationToken cancellationToken)
    {
        var partial = workspace.NewFile(name, ".download");
        var facts = await media.DownloadAsync(job.CompanyId, fileId, job.ProjectId, partial, cancellationToken);
        var path = Path.ChangeExtension(partial, ExtensionOf(facts.ContentType));
        File.Move(partial, path);
        return (path, facts);
    }

    /// <summary>Downloads an input that must be an image (a reference picture, a seed frame, a logo).</summary>
    public async Task<string> ImageAsync(ClaimedJob job, Guid fileId, MediaWorkspace workspace, string name, CancellationToken cancellationToken)
    {
        var (path, facts) = await DownloadAsync(job, fileId, workspace, name, cancellationToken);
        return facts.IsImage ? path : throw MediaProcessingException.InvalidRequest($"The {name} ({fileId}) is {facts.ContentType}, not an image.");
    }

    public static string ExtensionOf(string contentType) => contentType switch
    {
        "image/png" => ".png",
        "image/jpeg" => ".jpg",
        "image/webp" => ".webp",
        "image/gif" => ".gif",
        "video/mp4" => ".mp4",
        "video/quicktime" => ".mov",
        "video/webm" => ".webm",
        "audio/mpeg" => ".mp3",
        "audio/wav" => ".wav",
        "audio/mp4" => ".m4a",
        "audio/ogg" => ".ogg",
        "font/ttf" => ".ttf",
        "font/otf" => ".otf",
        "text/vtt" => ".vtt",
        _ => ".bin",
    };
}
