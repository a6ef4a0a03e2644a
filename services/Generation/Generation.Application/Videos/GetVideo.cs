namespace AiVideo.Generation.Application.Videos;

/// <summary>One of the company's videos; another company's, a deleted one or a job that is not a video is not found.</summary>
public sealed class GetVideo(IJobs jobs)
{
    public async Task<Result<VideoView>> ExecuteAsync(Guid companyId, Guid videoId, CancellationToken cancellationToken) =>
        await FindAsync(jobs, companyId, videoId, cancellationToken) is { } job ? VideoView.Of(job) : Error.NotFound("video");

    internal static async Task<GenerationJob?> FindAsync(IJobs jobs, Guid companyId, Guid videoId, CancellationToken cancellationToken) =>
        await jobs.FindAsync(videoId, companyId, cancellationToken) is { DeletedAt: null } job && JobKinds.Videos.Contains(job.Kind) ? job : null;
}
