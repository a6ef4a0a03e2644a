using System.Collections.Concurrent;
using MassTransit;

namespace AiVideo.Testing;

/// <summary>Counts every delivery a host's consumers finished (handled or skipped as a duplicate), by message id.</summary>
public sealed class DeliveryCounter : IConsumeObserver
{
    private readonly ConcurrentDictionary<Guid, int> _deliveries = new();

    public int Of(Guid messageId) => _deliveries.GetValueOrDefault(messageId);

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        _deliveries.AddOrUpdate(context.MessageId!.Value, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
