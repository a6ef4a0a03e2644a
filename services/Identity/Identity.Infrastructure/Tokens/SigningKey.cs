namespace AiVideo.Identity.Infrastructure.Tokens;

/// <summary>
/// An RSA key that signs access tokens. Published in the JWKS from creation; signs from <see cref="ActivatesAt"/> until a
/// newer key activates; unpublished at <see cref="ExpiresAt"/>, once every token it signed has expired. The private key
/// is stored encrypted (AES-GCM) with the key-encryption key from configuration.
/// </summary>
public sealed class SigningKey
{
    public string KeyId { get; set; } = "";

    public string Algorithm { get; set; } = "RS256";

    public byte[] EncryptedPrivateKey { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ActivatesAt { get; set; }

    /// <summary>Set when a newer key takes over signing: from then on this one only validates, until it expires.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }
}
