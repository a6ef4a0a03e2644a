using System.Text;

namespace AiVideo.Webhooks.Application.Outbound;

/// <summary>Turns a claimed delivery into the signed request of its next attempt, timestamped now.</summary>
public sealed class WebhookRequests(EndpointSecrets secrets, TimeProvider time)
{
    public WebhookRequest For(WebhookDelivery delivery, WebhookEndpoint endpoint)
    {
        if (delivery.EndpointId != endpoint.Id)
        {
            throw new ArgumentException($"Delivery {delivery.Id} is not for endpoint {endpoint.Id}.", nameof(endpoint));
        }
        var now = time.GetUtcNow();
        var body = Encoding.UTF8.GetBytes(delivery.Payload);
        var headers = WebhookSigner.Sign(delivery.MessageId, now, body, secrets.ForSigning(endpoint, now));
        return new WebhookRequest(new Uri(endpoint.Url), headers, body);
    }
}
