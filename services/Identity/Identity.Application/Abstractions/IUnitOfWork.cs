namespace AiVideo.Identity.Application.Abstractions;

/// <summary>Saves a use case's changes; <see cref="InTransactionAsync{T}"/> commits only when the work succeeds.</summary>
public interface IUnitOfWork
{
    Task SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>Runs the work in one transaction (or inside the one already open) and commits when it returns success.</summary>
    Task<Result<T>> InTransactionAsync<T>(Func<Task<Result<T>>> work, CancellationToken cancellationToken);
}
