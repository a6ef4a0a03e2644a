namespace AiVideo.Webhooks.Infrastructure.Delivery;

/// <summary>Wakes this replica's delivery worker right after a commit that made deliveries due, so the first attempt does not wait for the next poll.</summary>
public sealed class DeliverySignal
{
    private readonly SemaphoreSlim _pending = new(0, 1);

    public void Notify()
    {
        try
        {
            _pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled; one wake-up claims everything due.
        }
    }

    public Task WaitAsync(CancellationToken cancellationToken) => _pending.WaitAsync(cancellationToken);
}
