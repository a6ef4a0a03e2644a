using AiVideo.Generation.Application.Abstractions;
using MassTransit;

namespace AiVideo.Generation.Api.Consumers;

/// <summary>
/// A provider's verified callback (webhooks-api): the poll waiting on that provider job in this instance looks at it now.
/// The callback only wakes the poll (which reads the job's state from the provider itself), so a lost, repeated or
/// forged-but-verified callback changes nothing but when the poll looks.
/// </summary>
public sealed class ProviderCallbackReceivedConsumer(IProviderCallbackSignal callbacks, ILogger<ProviderCallbackReceivedConsumer> logger) : IConsumer<ProviderCallbackReceived>
{
    public Task Consume(ConsumeContext<ProviderCallbackReceived> context)
    {
        if (context.Message.ProviderJobId is { Length: > 0 } job)
        {
            callbacks.Signal(job);
            logger.LogInformation("Callback {EventType} from {Provider} for its job {ProviderJobId}", context.Message.EventType, context.Message.Provider, job);
        }
        return Task.CompletedTask;
    }
}
