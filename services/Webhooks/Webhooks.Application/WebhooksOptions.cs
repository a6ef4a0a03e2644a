using AiVideo.Webhooks.Application.Destinations;
using AiVideo.Webhooks.Application.Inbound;

namespace AiVideo.Webhooks.Application;

/// <summary>Section <c>Webhooks</c>: the providers whose callbacks are accepted, and how deliveries to customers go out.</summary>
public sealed class WebhooksOptions
{
    public const string SectionName = "Webhooks";

    /// <summary><c>Webhooks:Providers:&lt;name&gt;</c>: each provider's secret and signature format.</summary>
    public Dictionary<string, ProviderOptions> Providers { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public InboundOptions Inbound { get; set; } = new();

    public DeliveryOptions Delivery { get; set; } = new();
}
