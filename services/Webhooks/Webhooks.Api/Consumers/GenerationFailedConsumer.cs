using AiVideo.Contracts;
using AiVideo.Webhooks.Application.Events;
using MassTransit;

namespace AiVideo.Webhooks.Api.Consumers;

/// <summary>A generation request failed: the company's subscribers of <c>generation.failed</c> get a delivery; the inbox makes a redelivery a no-op.</summary>
public sealed class GenerationFailedConsumer(NotifyGenerationFailed notify, ILogger<GenerationFailedConsumer> logger) : IConsumer<GenerationFailed>
{
    public async Task Consume(ConsumeContext<GenerationFailed> context)
    {
        var made = await notify.ExecuteAsync(context.Message, context.SentTime.AsUtc(), context.CancellationToken);
        logger.LogInformation("GenerationFailed {RequestId} at {Stage}: {Count} webhook deliveries", context.Message.RequestId, context.Message.Stage, made);
    }
}
