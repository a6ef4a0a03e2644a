namespace AiVideo.Projects.Application.Abstractions;

public interface IUnitOfWork
{
    Task SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs the work in one transaction (or in the one already open: an inbox's, an idempotent request's), committing
    /// only when <paramref name="succeeded"/> says so; otherwise nothing the work changed is kept.
    /// </summary>
    Task<T> InTransactionAsync<T>(Func<Task<T>> work, Func<T, bool> succeeded, CancellationToken cancellationToken);
}
