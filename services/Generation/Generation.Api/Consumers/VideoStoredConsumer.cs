using MassTransit;

namespace AiVideo.Generation.Api.Consumers;

/// <summary>
/// A video upload was stored (purpose <c>video-upload</c>): its transcode to HLS is queued, with the file's id as the
/// request id (so a redelivery makes no second job, and the result and failure events name the file). Other stored
/// videos (generation's own outputs, project uploads) need no processing.
/// </summary>
public sealed class VideoStoredConsumer(EnqueueJob enqueue) : IConsumer<VideoStored>
{
    public const string VideoUploadPurpose = "video-upload";

    public async Task Consume(ConsumeContext<VideoStored> context)
    {
        var m = context.Message;
        if (m.Purpose != VideoUploadPurpose)
        {
            return;
        }
        await enqueue.ExecuteAsync(new JobRequest(m.FileId, m.CompanyId, m.UserId, m.ProjectId, m.SceneId, Domain.Jobs.JobKinds.Transcode, null, null, m),
            context.CancellationToken);
    }
}
