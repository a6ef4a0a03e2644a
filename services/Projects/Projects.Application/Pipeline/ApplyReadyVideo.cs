using AiVideo.Contracts;
using AiVideo.Projects.Application.Files;
using AiVideo.Projects.Domain.Pipeline;

namespace AiVideo.Projects.Application.Pipeline;

/// <summary>
/// <c>VideoReady</c>: the video (and its thumbnail, last frame, captions) is recorded as the company's; a scene's clip
/// or the final video is applied to the project that asked for it (the final one completes the project).
/// </summary>
public sealed class ApplyReadyVideo(FileRecords records, PipelineResults results, IUnitOfWork unit)
{
    public async Task<ResultOutcome> ExecuteAsync(VideoReady ready, CancellationToken cancellationToken)
    {
        await records.RememberAsync(ready, cancellationToken);
        if (ready.Kind is not (VideoKinds.Clip or VideoKinds.Final))
        {
            await unit.SaveChangesAsync(cancellationToken);
            return ResultOutcome.NotOurs;
        }
        var video = new GeneratedVideo(ready.FileId, ready.DurationSeconds, ready.Width, ready.Height, ready.Size, ready.ThumbnailFileId,
            ready.Playback?.HlsPlaylistKey, ready.SeedFrameFileId);
        return await results.ApplyAsync(ready.RequestId, ready.ProjectId, ready.CompanyId,
            (project, now) => project.ApplyVideo(ready.RequestId, video, now), cancellationToken);
    }
}
