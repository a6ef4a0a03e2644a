namespace AiVideo.Webhooks.Infrastructure.Repositories;

internal sealed class EfInboundReceipts(WebhooksContext db) : IInboundReceipts
{
    public async Task<bool> TryAddAsync(InboundReceipt receipt, CancellationToken cancellationToken)
    {
        // One statement, so a concurrent duplicate waits for the first insert's transaction instead of failing on the index.
        var inserted = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO inbound_receipts (id, provider, event_id, event_type, provider_job_id, received_at)
            VALUES ({receipt.Id}, {receipt.Provider}, {receipt.EventId}, {receipt.EventType}, {receipt.ProviderJobId}, {receipt.ReceivedAt})
            ON CONFLICT (provider, event_id) DO NOTHING
            """, cancellationToken);
        return inserted == 1;
    }

    public Task<int> DeleteReceivedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        db.Receipts.Where(r => r.ReceivedAt < before).ExecuteDeleteAsync(cancellationToken);
}
