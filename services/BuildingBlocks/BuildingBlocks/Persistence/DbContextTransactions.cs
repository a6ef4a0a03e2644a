namespace AiVideo.BuildingBlocks.Persistence;

public static class DbContextTransactions
{
    /// <summary>
    /// Runs work in a transaction and commits it only when <paramref name="succeeded"/> says so; otherwise rolls back and
    /// forgets the tracked changes. Inside a transaction that is already open (the inbox's, an idempotent request's) the
    /// work joins it and the owner of that transaction decides.
    /// </summary>
    public static async Task<T> InTransactionAsync<T>(this DbContext db, Func<Task<T>> work, Func<T, bool> succeeded, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await work();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await work();
        if (succeeded(result))
        {
            await transaction.CommitAsync(cancellationToken);
        }
        else
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        return result;
    }
}
