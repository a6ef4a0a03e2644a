namespace AiVideo.BuildingBlocks.Inbox;

/// <summary>
/// The consume-side half of exactly-once effects: opens the transaction the handler's changes are saved in and records
/// the message in it, so either both are committed or neither.
/// </summary>
public interface IInbox : IAsyncDisposable
{
    /// <summary>Begins the transaction and records the message; false when this consumer already handled it.</summary>
    Task<bool> TryBeginAsync(Guid messageId, string consumer, CancellationToken cancellationToken);

    /// <summary>Saves what the handler changed and commits it together with the inbox row.</summary>
    Task CompleteAsync(CancellationToken cancellationToken);
}
