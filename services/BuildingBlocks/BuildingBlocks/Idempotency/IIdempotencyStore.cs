namespace AiVideo.BuildingBlocks.Idempotency;

/// <summary>
/// Holds idempotency keys in the service's own database, in the same transaction as the request's changes: the key and
/// the resource it created are committed together, or neither is.
/// </summary>
public interface IIdempotencyStore : IAsyncDisposable
{
    Task<IdempotencyClaim> ClaimAsync(string scope, string key, string requestHash, CancellationToken cancellationToken);

    /// <summary>Stores the response with the key and commits the request's transaction.</summary>
    Task CompleteAsync(StoredResponse response, CancellationToken cancellationToken);
}
