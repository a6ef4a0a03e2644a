using System.Data.Common;
using System.Runtime.CompilerServices;
using AiVideo.Webhooks.Infrastructure.Delivery;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AiVideo.Webhooks.Infrastructure.Persistence;

/// <summary>
/// Notices saves that make deliveries due (new ones, or retried ones) and wakes the delivery worker once they are
/// committed: at the end of the save, or of the transaction it was part of (a consumer's inbox transaction).
/// </summary>
internal sealed class DeliverySignalInterceptor(DeliverySignal signal) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> _waitingForCommit = new();

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && context.ChangeTracker.Entries<WebhookDelivery>().Any(MakesDue))
        {
            _waitingForCommit.AddOrUpdate(context, this);
        }
        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            SignalWaiting(eventData.Context);
        }
        return ValueTask.FromResult(result);
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        SignalWaiting(eventData.Context);
        return Task.CompletedTask;
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            _waitingForCommit.Remove(context);
        }
        return Task.CompletedTask;
    }

    private static bool MakesDue(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<WebhookDelivery> entry) =>
        entry.Entity.Status == DeliveryStatus.Pending && entry.Entity.LockId is null && entry.State is EntityState.Added or EntityState.Modified;

    private void SignalWaiting(DbContext? context)
    {
        if (context is not null && _waitingForCommit.Remove(context))
        {
            signal.Notify();
        }
    }
}
