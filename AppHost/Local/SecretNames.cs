namespace AiVideo.AppHost.Local;

/// <summary>The names of the AppHost's secret parameters.</summary>
public static class SecretNames
{
    public const string SigningKeyEncryptionKey = "identity-signing-key-encryption-key";

    public const string StorageSigningKey = "storage-signing-key";

    public static string ClientSecret(string client) => $"{client}-client-secret";

    /// <summary>The key a service's Idempotency-Key fingerprints are keyed with (one per service).</summary>
    public static string IdempotencyFingerprintKey(string service) => $"{service}-idempotency-fingerprint-key";

    /// <summary>The key webhooks-api encrypts customers' endpoint secrets with (base64, 256 bits).</summary>
    public const string WebhookSecretsEncryptionKey = "webhooks-secrets-encryption-key";

    /// <summary>The providers whose callbacks webhooks-api accepts in local runs, each with a development secret.</summary>
    public static IReadOnlyList<string> WebhookProviders { get; } = ["mux", "cloudflare", "replicate", "openai"];

    /// <summary>The providers of <see cref="WebhookProviders"/> that sign as Standard Webhooks (their secrets are <c>whsec_</c> and base64).</summary>
    public static IReadOnlySet<string> StandardWebhookProviders { get; } = new HashSet<string> { "replicate", "openai" };

    public static string WebhookProviderSecret(string provider) => $"webhooks-{provider}-secret";
}
