namespace AiVideo.MediaStorage.Application.Abstractions;

public interface IUnitOfWork
{
    Task SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>Runs the work in one transaction (or the one already open), committing what it saved unless it throws.</summary>
    Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken);

    /// <summary>Forgets every change not yet saved (after work that threw), so the next save does not carry them.</summary>
    void Discard();
}
