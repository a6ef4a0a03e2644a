using System.Net;

namespace AiVideo.Webhooks.Application.Destinations;

/// <summary>
/// Where deliveries may go: https URLs (http only with <see cref="DeliveryOptions.AllowHttp"/>) whose host is, or
/// resolves only to, public addresses (loopback too with <see cref="DeliveryOptions.AllowLoopback"/>). Checked when an
/// endpoint is saved and again, by the delivery connector, for every address at every connection.
/// </summary>
public sealed class DestinationPolicy(IOptionsMonitor<WebhooksOptions> options)
{
    public bool Allows(IPAddress address) => Allows(Classify(address));

    public AddressCategory Classify(IPAddress address) => AddressClassifier.Classify(address);

    public bool Allows(AddressCategory category) =>
        category == AddressCategory.Public || (category == AddressCategory.Loopback && options.CurrentValue.Delivery.AllowLoopback);

    /// <summary>Whether the URL's scheme is allowed (the host is checked separately, once resolved).</summary>
    public Result CheckScheme(Uri url)
    {
        if (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && options.CurrentValue.Delivery.AllowHttp))
        {
            return Result.Success;
        }
        return Error.Validation("url", "An endpoint URL must use https.");
    }
}
