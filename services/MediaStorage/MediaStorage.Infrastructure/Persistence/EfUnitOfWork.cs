using AiVideo.BuildingBlocks.Persistence;

namespace AiVideo.MediaStorage.Infrastructure.Persistence;

internal sealed class EfUnitOfWork(MediaContext db) : IUnitOfWork
{
    public Task SaveChangesAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    public Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken) =>
        db.InTransactionAsync(work, _ => true, cancellationToken);

    public void Discard() => db.ChangeTracker.Clear();
}
