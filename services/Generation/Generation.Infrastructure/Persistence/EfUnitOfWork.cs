using AiVideo.BuildingBlocks.Persistence;

namespace AiVideo.Generation.Infrastructure.Persistence;

internal sealed class EfUnitOfWork(GenerationContext db) : IUnitOfWork
{
    public Task SaveChangesAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    public Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken) =>
        db.InTransactionAsync(work, _ => true, cancellationToken);
}
