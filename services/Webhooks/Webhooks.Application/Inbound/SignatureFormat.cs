namespace AiVideo.Webhooks.Application.Inbound;

/// <summary>How a provider signs its callbacks (<c>Webhooks:Providers:&lt;name&gt;:Format</c>).</summary>
public enum SignatureFormat
{
    /// <summary><c>Mux-Signature: t=&lt;unix&gt;,v1=&lt;hex HMAC-SHA256 of "t.body"&gt;</c>, keyed with the secret's UTF-8 bytes.</summary>
    Mux,

    /// <summary><c>Webhook-Signature: time=&lt;unix&gt;,sig1=&lt;hex HMAC-SHA256 of "time.body"&gt;</c>, keyed with the secret's UTF-8 bytes.</summary>
    Cloudflare,

    /// <summary>
    /// Standard Webhooks: <c>webhook-id</c>, <c>webhook-timestamp</c>, <c>webhook-signature: v1,&lt;base64&gt; ...</c> over
    /// "id.timestamp.body", keyed with the base64-decoded <c>whsec_</c> secret.
    /// </summary>
    Standard,
}
