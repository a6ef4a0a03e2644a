using AiVideo.BuildingBlocks.Persistence;

namespace AiVideo.Webhooks.Infrastructure.Persistence;

internal sealed class EfUnitOfWork(WebhooksContext db) : IUnitOfWork
{
    public Task SaveChangesAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    public async Task<bool> TrySaveChangesAsync(CancellationToken cancellationToken)
    {
        try
        {
            // Inside a transaction EF saves under a savepoint and rolls back to it on failure, so nothing of this save stays.
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    public Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken) =>
        db.InTransactionAsync(work, _ => true, cancellationToken);
}
