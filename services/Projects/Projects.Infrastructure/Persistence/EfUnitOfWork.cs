using AiVideo.BuildingBlocks.Persistence;

namespace AiVideo.Projects.Infrastructure.Persistence;

internal sealed class EfUnitOfWork(ProjectsContext db) : IUnitOfWork
{
    public Task SaveChangesAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    public Task<T> InTransactionAsync<T>(Func<Task<T>> work, Func<T, bool> succeeded, CancellationToken cancellationToken) =>
        db.InTransactionAsync(work, succeeded, cancellationToken);
}
