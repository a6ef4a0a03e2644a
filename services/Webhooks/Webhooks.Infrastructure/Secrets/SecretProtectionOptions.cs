namespace AiVideo.Webhooks.Infrastructure.Secrets;

/// <summary>Section <c>Webhooks:Secrets</c>: the key that encrypts endpoint signing secrets at rest.</summary>
public sealed class SecretProtectionOptions
{
    public const string SectionName = "Webhooks:Secrets";

    /// <summary>A base64 256-bit key (a secret: environment or Kubernetes secret; e.g. <c>openssl rand -base64 32</c>). New secrets are encrypted with it.</summary>
    public string EncryptionKey { get; set; } = "";

    /// <summary>Keys used before <see cref="EncryptionKey"/>: secrets encrypted with them still decrypt, so the key can be replaced without losing endpoints.</summary>
    public List<string> PreviousEncryptionKeys { get; set; } = [];
}
