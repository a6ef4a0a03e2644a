using System.Data.Common;
using System.Runtime.CompilerServices;
using AiVideo.Generation.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AiVideo.Generation.Infrastructure.Persistence;

/// <summary>
/// Notices saves that queue a job (a new one, a retry, a rerun) and wakes this instance's idle workers once they are
/// committed: at the end of the save, or of the transaction it was part of (a consumer's inbox transaction). Woken
/// before the commit, a worker finds nothing to claim and sleeps its whole poll interval.
/// </summary>
internal sealed class JobSignalInterceptor(JobSignals signals) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> _waitingForCommit = new();

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Remember(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        SignalIfCommitted(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        SignalIfCommitted(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => SignalWaiting(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        SignalWaiting(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private static bool Queues(EntityEntry<GenerationJob> entry) =>
        entry.Entity.Status == JobStatus.Queued && entry.State is EntityState.Added or EntityState.Modified;

    private void Remember(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries<GenerationJob>().Any(Queues))
        {
            _waitingForCommit.AddOrUpdate(context, this);
        }
    }

    private void SignalIfCommitted(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null)
        {
            SignalWaiting(context);
        }
    }

    private void SignalWaiting(DbContext? context)
    {
        if (context is not null && _waitingForCommit.Remove(context))
        {
            signals.JobQueued();
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _waitingForCommit.Remove(context);
        }
    }
}
