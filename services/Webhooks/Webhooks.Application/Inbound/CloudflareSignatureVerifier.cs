namespace AiVideo.Webhooks.Application.Inbound;

/// <summary>Cloudflare Stream: <c>Webhook-Signature: time=&lt;unix&gt;,sig1=&lt;hex&gt;</c>, HMAC-SHA256 of "time.body" with the webhook secret.</summary>
public sealed class CloudflareSignatureVerifier() : TimestampedHexVerifier("Webhook-Signature", "time", "sig1")
{
    public override SignatureFormat Format => SignatureFormat.Cloudflare;
}
