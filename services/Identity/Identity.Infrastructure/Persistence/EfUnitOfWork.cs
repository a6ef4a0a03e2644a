using AiVideo.BuildingBlocks.Persistence;

namespace AiVideo.Identity.Infrastructure.Persistence;

internal sealed class EfUnitOfWork(IdentityContext db) : IUnitOfWork
{
    public Task SaveChangesAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    public Task<Result<T>> InTransactionAsync<T>(Func<Task<Result<T>>> work, CancellationToken cancellationToken) =>
        db.InTransactionAsync(work, result => result.IsSuccess, cancellationToken);
}
