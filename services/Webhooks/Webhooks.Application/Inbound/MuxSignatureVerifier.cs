namespace AiVideo.Webhooks.Application.Inbound;

/// <summary>Mux: <c>Mux-Signature: t=&lt;unix&gt;,v1=&lt;hex&gt;</c>, HMAC-SHA256 of "t.body" with the webhook signing secret.</summary>
public sealed class MuxSignatureVerifier() : TimestampedHexVerifier("Mux-Signature", "t", "v1")
{
    public override SignatureFormat Format => SignatureFormat.Mux;
}
