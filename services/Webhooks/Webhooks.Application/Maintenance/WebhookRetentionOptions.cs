namespace AiVideo.Webhooks.Application.Maintenance;

/// <summary>Section <c>Webhooks:Retention</c>: how long provider receipts and finished deliveries are kept before the sweep removes them.</summary>
public sealed class WebhookRetentionOptions
{
    /// <summary>
    /// How long a provider callback's receipt is kept. A provider redelivering a callback later than this is taken as a
    /// new one; providers give up retrying within days.
    /// </summary>
    public TimeSpan Receipts { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long a succeeded or failed delivery (with its attempts) stays in the endpoint's log after it finished.</summary>
    public TimeSpan Deliveries { get; set; } = TimeSpan.FromDays(30);

    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);
}
