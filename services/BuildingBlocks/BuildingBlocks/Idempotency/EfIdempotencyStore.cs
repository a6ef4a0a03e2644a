using Microsoft.EntityFrameworkCore.Storage;

namespace AiVideo.BuildingBlocks.Idempotency;

internal sealed class EfIdempotencyStore<TContext>(TContext db, IOptions<IdempotencyOptions> options, TimeProvider time) : IIdempotencyStore
    where TContext : DbContext
{
    private IDbContextTransaction? _transaction;
    private (string Scope, string Key) _claimed;

    public async Task<IdempotencyClaim> ClaimAsync(string scope, string key, string requestHash, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var expiresAt = now + options.Value.Retention;
        _transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"DELETE FROM idempotency_keys WHERE scope = {scope} AND key = {key} AND expires_at < {now}", cancellationToken);
        // A concurrent request with the same key waits here until this one commits, then replays its response.
        var inserted = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO idempotency_keys (scope, key, request_hash, status_code, response_body, created_at, expires_at)
            VALUES ({scope}, {key}, {requestHash}, 0, {Array.Empty<byte>()}, {now}, {expiresAt})
            ON CONFLICT DO NOTHING
            """, cancellationToken);
        if (inserted == 1)
        {
            _claimed = (scope, key);
            return new IdempotencyClaim(IdempotencyClaimOutcome.Claimed);
        }

        await _transaction.RollbackAsync(cancellationToken);
        await _transaction.DisposeAsync();
        _transaction = null;
        var previous = await db.Set<IdempotencyRecord>().AsNoTracking()
            .SingleAsync(r => r.Scope == scope && r.Key == key, cancellationToken);
        return previous.RequestHash == requestHash
            ? new IdempotencyClaim(IdempotencyClaimOutcome.Replay, previous)
            : new IdempotencyClaim(IdempotencyClaimOutcome.Mismatch, previous);
    }

    public async Task CompleteAsync(StoredResponse response, CancellationToken cancellationToken)
    {
        var transaction = _transaction ?? throw new InvalidOperationException("No idempotency key is claimed.");
        await db.SaveChangesAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"""
            UPDATE idempotency_keys
            SET status_code = {response.StatusCode}, content_type = {response.ContentType}, location = {response.Location}, response_body = {response.Body},
                resource_id = {response.ResourceId}
            WHERE scope = {_claimed.Scope} AND key = {_claimed.Key}
            """, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
            _transaction = null;
        }
    }
}
