using System.ComponentModel.DataAnnotations;

namespace AiVideo.Identity.Infrastructure.Tokens;

/// <summary>Section <c>Identity</c> as identity-api reads it: who it says it is, and how its signing keys are kept.</summary>
public sealed class TokenIssuerOptions
{
    public const string SectionName = "Identity";

    /// <summary>The public URL clients know identity by (the gateway's): the <c>iss</c> of every token, whatever host a request came in on.</summary>
    [Required]
    public string Issuer { get; set; } = "";

    public string Audience { get; set; } = Audiences.Api;

    public SigningKeyOptions SigningKeys { get; set; } = new();
}

public sealed class SigningKeyOptions
{
    /// <summary>A base64 256-bit key that encrypts the private signing keys at rest (a secret: environment or Kubernetes secret).</summary>
    [Required]
    public string EncryptionKey { get; set; } = "";

    /// <summary>How long a key signs before a new one takes over.</summary>
    public TimeSpan RotationInterval { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// How long a new key is published before it signs, so every validator has re-read the keys by then (validators
    /// re-read every Identity:KeysRefreshInterval, 5 minutes by default).
    /// </summary>
    public TimeSpan PublishBeforeUse { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often each replica re-reads the keys (to see keys other replicas created).</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(1);
}
