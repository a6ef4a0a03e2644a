using System.Security.Cryptography;

namespace AiVideo.Webhooks.Domain.Endpoints;

/// <summary>
/// An endpoint's signing secret as customers see it: <c>whsec_</c> and the base64 of 24 to 64 random bytes (new ones
/// have 32). Signatures are HMAC-SHA256 keyed with the decoded <see cref="Key"/> bytes, per Standard Webhooks.
/// </summary>
public sealed class SigningSecret
{
    public const string Prefix = "whsec_";
    public const int MinKeyBytes = 24;
    public const int MaxKeyBytes = 64;
    public const int NewKeyBytes = 32;

    private readonly byte[] _key;

    private SigningSecret(byte[] key) => _key = key;

    /// <summary>The raw HMAC key (a copy).</summary>
    public byte[] Key => (byte[])_key.Clone();

    /// <summary>The secret in the form shown to its owner once: <c>whsec_&lt;base64&gt;</c>.</summary>
    public string Value => Prefix + Convert.ToBase64String(_key);

    public static SigningSecret New() => new(RandomNumberGenerator.GetBytes(NewKeyBytes));

    /// <summary>A secret from its raw key bytes (as decrypted from storage).</summary>
    public static SigningSecret FromKey(ReadOnlySpan<byte> key) =>
        key.Length is >= MinKeyBytes and <= MaxKeyBytes
            ? new SigningSecret(key.ToArray())
            : throw new ArgumentException($"A signing key has {MinKeyBytes} to {MaxKeyBytes} bytes, not {key.Length}.", nameof(key));

    /// <summary>Reads <c>whsec_&lt;base64&gt;</c> (a secret a customer supplies, or one configured for a provider).</summary>
    public static bool TryParse(string? value, out SigningSecret secret)
    {
        secret = null!;
        if (value is null || !value.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }
        var encoded = value.AsSpan(Prefix.Length);
        var buffer = new byte[(encoded.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64Chars(encoded, buffer, out var written) || written is < MinKeyBytes or > MaxKeyBytes)
        {
            return false;
        }
        secret = new SigningSecret(buffer[..written]);
        return true;
    }

    public override string ToString() => Prefix + "…";
}
