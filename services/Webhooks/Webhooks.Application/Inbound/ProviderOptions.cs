namespace AiVideo.Webhooks.Application.Inbound;

/// <summary>
/// One provider whose callbacks are accepted at <c>POST /api/webhooks/{name}</c>. <see cref="Format"/> may be left out
/// for the providers this service knows (<c>mux</c>, <c>cloudflare</c>, <c>replicate</c>, <c>openai</c>).
/// </summary>
public sealed class ProviderOptions
{
    /// <summary>The signing secret the provider gave (a secret: environment or Kubernetes secret).</summary>
    public string Secret { get; set; } = "";

    /// <summary><c>mux</c>, <c>cloudflare</c> or <c>standard</c>.</summary>
    public SignatureFormat? Format { get; set; }
}
