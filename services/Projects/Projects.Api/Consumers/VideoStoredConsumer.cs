using AiVideo.Contracts;
using AiVideo.Projects.Application.Pipeline;
using MassTransit;

namespace AiVideo.Projects.Api.Consumers;

/// <summary>Media stored a video file: recorded as the company's, so posts and layers may name it.</summary>
public sealed class VideoStoredConsumer(RememberStoredVideo remember) : IConsumer<VideoStored>
{
    public Task Consume(ConsumeContext<VideoStored> context) => remember.ExecuteAsync(context.Message, context.CancellationToken);
}
