namespace AiVideo.Webhooks.Application.Abstractions;

/// <summary>Provider callbacks received, one per provider and event id.</summary>
public interface IInboundReceipts
{
    /// <summary>
    /// Stores the receipt unless one of the same provider and event id exists (written at once, inside the unit of
    /// work's transaction). False for a duplicate, also when a concurrent request stored it first: that one's
    /// transaction decides, this one waits for it.
    /// </summary>
    Task<bool> TryAddAsync(InboundReceipt receipt, CancellationToken cancellationToken);

    /// <summary>Deletes receipts received before <paramref name="before"/>; returns how many.</summary>
    Task<int> DeleteReceivedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
