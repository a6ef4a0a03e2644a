namespace AiVideo.Webhooks.FunctionalTests.Support;

/// <summary>The provider secrets the service under test is configured with (as AppHost or Kubernetes would give them).</summary>
public static class ProviderSecrets
{
    public const string Mux = "mux-signing-secret-for-the-tests";
    public const string Cloudflare = "cloudflare-webhook-secret-for-the-tests";
    public static readonly string Replicate = "whsec_" + Convert.ToBase64String(Encoding.UTF8.GetBytes("replicate-secret-for-the-tests!!"));
    public static readonly string OpenAi = "whsec_" + Convert.ToBase64String(Encoding.UTF8.GetBytes("openai-secret-for-the-tests-0123"));

    /// <summary>A provider the service does not know by name, configured with <c>Format: standard</c>.</summary>
    public static readonly string Acme = "whsec_" + Convert.ToBase64String(Encoding.UTF8.GetBytes("acme-secret-for-the-tests-012345"));

    public static Dictionary<string, string?> Settings() => new()
    {
        ["Webhooks:Providers:mux:Secret"] = Mux,
        ["Webhooks:Providers:cloudflare:Secret"] = Cloudflare,
        ["Webhooks:Providers:replicate:Secret"] = Replicate,
        ["Webhooks:Providers:openai:Secret"] = OpenAi,
        ["Webhooks:Providers:acme:Secret"] = Acme,
        ["Webhooks:Providers:acme:Format"] = "standard",
    };
}
