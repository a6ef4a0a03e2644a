namespace AiVideo.Webhooks.Application.Maintenance;

/// <summary>Removes provider receipts and finished deliveries older than <c>Webhooks:Retention</c> allows. Pending deliveries are never removed.</summary>
public sealed class SweepOldRecords(IInboundReceipts receipts, IWebhookDeliveries deliveries, IOptionsMonitor<WebhooksOptions> options, TimeProvider time)
{
    public async Task<SweptRecords> ExecuteAsync(CancellationToken cancellationToken)
    {
        var retention = options.CurrentValue.Retention;
        var now = time.GetUtcNow();
        var oldReceipts = await receipts.DeleteReceivedBeforeAsync(now - retention.Receipts, cancellationToken);
        var oldDeliveries = await deliveries.DeleteFinishedBeforeAsync(now - retention.Deliveries, cancellationToken);
        return new SweptRecords(oldReceipts, oldDeliveries);
    }
}
