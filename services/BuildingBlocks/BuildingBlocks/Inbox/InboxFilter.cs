using MassTransit;

namespace AiVideo.BuildingBlocks.Inbox;

/// <summary>
/// A scoped consume filter that runs each consumer inside an inbox transaction: a message this endpoint has already
/// handled is acknowledged without running the consumer again; a consumer that throws leaves nothing behind.
/// </summary>
public sealed class InboxFilter<TMessage>(IInbox inbox, ILogger<InboxFilter<TMessage>> logger) : IFilter<ConsumeContext<TMessage>>
    where TMessage : class
{
    public async Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException($"A {typeof(TMessage).Name} arrived without a message id.");
        var consumer = context.ReceiveContext.InputAddress.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";

        if (!await inbox.TryBeginAsync(messageId, consumer, context.CancellationToken))
        {
            logger.LogInformation("{MessageType} {MessageId} was already handled by {Consumer}; skipping the redelivery",
                typeof(TMessage).Name, messageId, consumer);
            return;
        }

        await next.Send(context);
        await inbox.CompleteAsync(context.CancellationToken);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("inbox");
}
