namespace AiVideo.Webhooks.Application.Inbound;

/// <summary>The providers this service knows by name, with the format each signs in.</summary>
public static class KnownProviders
{
    public const string Mux = "mux";
    public const string Cloudflare = "cloudflare";
    public const string Replicate = "replicate";
    public const string OpenAi = "openai";

    /// <summary>The format a known provider uses when its configuration names none.</summary>
    public static SignatureFormat? DefaultFormat(string provider) => provider.ToLowerInvariant() switch
    {
        Mux => SignatureFormat.Mux,
        Cloudflare => SignatureFormat.Cloudflare,
        Replicate or OpenAi => SignatureFormat.Standard,
        _ => null,
    };
}
