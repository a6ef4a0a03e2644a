using AiVideo.Webhooks.Application.Destinations;
using AiVideo.Webhooks.Application.Inbound;
using AiVideo.Webhooks.Application.Maintenance;

namespace AiVideo.Webhooks.Application;

/// <summary>Section <c>Webhooks</c>: the providers whose callbacks are accepted, how deliveries to customers go out, and how long their records are kept.</summary>
public sealed class WebhooksOptions
{
    public const string SectionName = "Webhooks";

    /// <summary><c>Webhooks:Providers:&lt;name&gt;</c>: each provider's secret and signature format.</summary>
    public Dictionary<string, ProviderOptions> Providers { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public InboundOptions Inbound { get; set; } = new();

    public DeliveryOptions Delivery { get; set; } = new();

    public WebhookRetentionOptions Retention { get; set; } = new();
}
