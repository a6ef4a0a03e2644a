namespace AiVideo.Webhooks.Application.Abstractions;

public interface IUnitOfWork
{
    Task SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Saves, unless a row being saved was changed by someone else since it was read (a delivery whose lease another
    /// worker took over, an endpoint deleted meanwhile): then nothing of this save is kept and the answer is false.
    /// </summary>
    Task<bool> TrySaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>Runs the work in one transaction (or the one already open), committing what it saved unless it throws.</summary>
    Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken);
}
