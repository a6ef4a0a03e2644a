using AiVideo.Contracts;
using AiVideo.Projects.Application.Pipeline;
using MassTransit;

namespace AiVideo.Projects.Api.Consumers;

/// <summary>Media stored an image: a scene's generated image or clip's last frame (with a request id), or a user's upload (without).</summary>
public sealed class ImageStoredConsumer(ApplyStoredImage apply, ILogger<ImageStoredConsumer> logger) : IConsumer<ImageStored>
{
    public async Task Consume(ConsumeContext<ImageStored> context)
    {
        var outcome = await apply.ExecuteAsync(context.Message, context.CancellationToken);
        logger.LogInformation("ImageStored {FileId} for request {RequestId}: project {ProjectId}, {Outcome}",
            context.Message.FileId, context.Message.RequestId, outcome.ProjectId, outcome.What);
    }
}
