using AiVideo.Generation.Application.Jobs;

namespace AiVideo.Generation.Application.Videos;

/// <summary>
/// Deletes a video: a job still under way is cancelled (its tools stopped), the video is no longer listed, and the files
/// it made are deleted from media-api. The company's admins delete any video, members their own.
/// </summary>
public sealed class DeleteVideo(IJobs jobs, IUnitOfWork unitOfWork, IJobSignals signals, IMediaFiles media, TimeProvider time)
{
    public async Task<Result> ExecuteAsync(Guid companyId, Guid? userId, bool isAdmin, Guid videoId, CancellationToken cancellationToken)
    {
        var deleted = await unitOfWork.InTransactionAsync<Result<GenerationJob>>(async () =>
        {
            var job = await jobs.LockAsync(videoId, cancellationToken);
            if (job is null || job.CompanyId != companyId || job.DeletedAt is not null || !JobKinds.Videos.Contains(job.Kind))
            {
                return Error.NotFound("video");
            }
            if (!isAdmin && job.UserId != userId)
            {
                return Error.Forbidden("Only a company admin or the video's creator can delete it.");
            }
            job.Delete(time.GetUtcNow());
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return job;
        }, cancellationToken);
        if (!deleted.IsSuccess)
        {
            return deleted.Error;
        }
        var job = deleted.Value;
        signals.JobCancelled(job.Id);
        if (job.Output is { } json && JobPayloads.Read<VideoResult>(json) is { } made)
        {
            await media.DeleteAsync(companyId, made.VideoFileId, cancellationToken);
            await media.DeleteAsync(companyId, made.ThumbnailFileId, cancellationToken);
        }
        return Result.Success;
    }
}
