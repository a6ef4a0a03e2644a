using System.Data.Common;
using System.Runtime.CompilerServices;
using AiVideo.Projects.Domain.Activity;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace AiVideo.Projects.Infrastructure.Activity;

/// <summary>
/// Hands the activity each save wrote to the fan-out once it is committed: at once for a save outside a transaction,
/// else when the transaction it was saved in (the inbox's, an idempotent request's, a use case's) commits. Entries of
/// a transaction that rolls back, or is dropped without committing, go with it, so subscribers never see an entry the
/// database does not have.
/// </summary>
internal sealed class ActivityFanOutInterceptor(ActivityFanOut fanOut) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbTransaction, List<ProjectActivity>> _uncommitted = new();

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(transaction);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(transaction);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => _uncommitted.Remove(transaction);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _uncommitted.Remove(transaction);
        return Task.CompletedTask;
    }

    private void Saved(DbContext? context)
    {
        if (context is not ProjectsContext projects || projects.TakeSavedActivity() is not { Count: > 0 } entries)
        {
            return;
        }
        if (projects.Database.CurrentTransaction?.GetDbTransaction() is { } transaction)
        {
            _uncommitted.GetOrCreateValue(transaction).AddRange(entries);
        }
        else
        {
            fanOut.Publish(entries);
        }
    }

    private void Committed(DbTransaction transaction)
    {
        if (_uncommitted.TryGetValue(transaction, out var entries))
        {
            _uncommitted.Remove(transaction);
            fanOut.Publish(entries);
        }
    }
}
