using Microsoft.EntityFrameworkCore.Storage;

namespace AiVideo.BuildingBlocks.Inbox;

/// <summary>The inbox over the service's scoped DbContext, the same instance the consumer's use case saves through.</summary>
internal sealed class EfInbox<TContext>(TContext db, TimeProvider time) : IInbox where TContext : DbContext
{
    private IDbContextTransaction? _transaction;

    public async Task<bool> TryBeginAsync(Guid messageId, string consumer, CancellationToken cancellationToken)
    {
        _transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // A concurrent delivery of the same message waits here on the row lock until the first one commits or rolls back.
        var inserted = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO inbox_messages (message_id, consumer, processed_at)
            VALUES ({messageId}, {consumer}, {time.GetUtcNow()})
            ON CONFLICT DO NOTHING
            """, cancellationToken);
        return inserted == 1;
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        var transaction = _transaction ?? throw new InvalidOperationException("The inbox transaction was not begun.");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync(); // rolls back unless committed
            _transaction = null;
        }
    }
}
