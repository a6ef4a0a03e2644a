using AiVideo.Contracts;
using AiVideo.MediaStorage.Application.Playback;
using MassTransit;

namespace AiVideo.MediaStorage.Api.Consumers;

/// <summary>
/// generation-api could not transcode a video upload (stage <c>transcode</c>; a transcode's request id is the file's id):
/// the file is marked failed with the reason. Failures of other stages are not about files media holds.
/// </summary>
public sealed class GenerationFailedConsumer(FailVideoProcessing fail, ILogger<GenerationFailedConsumer> logger) : IConsumer<GenerationFailed>
{
    public async Task Consume(ConsumeContext<GenerationFailed> context)
    {
        var failed = context.Message;
        if (failed.Stage != GenerationStages.Transcode)
        {
            return;
        }
        if (await fail.ExecuteAsync(failed.CompanyId, failed.RequestId, failed.Message, context.CancellationToken))
        {
            logger.LogInformation("Video {FileId} failed processing ({Code}): {Reason}", failed.RequestId, failed.ErrorCode, failed.Message);
        }
    }
}
