namespace AiVideo.Webhooks.Application.Inbound;

/// <summary>
/// Standard Webhooks (Replicate, OpenAI, any provider configured as <c>standard</c>): <c>webhook-id</c>,
/// <c>webhook-timestamp</c> and <c>webhook-signature</c>, a space-separated list of <c>v1,&lt;base64&gt;</c> entries
/// (several during a secret rotation; entries of other versions are ignored), each an HMAC-SHA256 of
/// "id.timestamp.body" keyed with the base64-decoded secret (with or without its <c>whsec_</c> prefix).
/// </summary>
public sealed class StandardWebhooksVerifier : ISignatureVerifier
{
    public const string IdHeader = "webhook-id";
    public const string TimestampHeader = "webhook-timestamp";
    public const string SignatureHeader = "webhook-signature";

    /// <summary>Longer ids than this are refused rather than hashed (providers send short ones).</summary>
    private const int MaxIdLength = 256;

    public SignatureFormat Format => SignatureFormat.Standard;

    public SignatureCheck Verify(CallbackHeaders headers, ReadOnlySpan<byte> body, string secret, DateTimeOffset now, TimeSpan tolerance)
    {
        if (headers[IdHeader] is not { } id || headers[TimestampHeader] is not { } timestampText || headers[SignatureHeader] is not { } signatureHeader)
        {
            return SignatureCheck.Missing;
        }
        if (id.Length > MaxIdLength || !Signatures.TryReadUnixSeconds(timestampText, out var timestamp))
        {
            return SignatureCheck.Invalid;
        }

        var expected = Signatures.Hmac(KeyOf(secret), $"{id}.{timestampText}.", body);
        var matched = false;
        foreach (var entry in signatureHeader.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var comma = entry.IndexOf(',');
            if (comma > 0 && entry.AsSpan(0, comma).SequenceEqual("v1"))
            {
                matched |= Signatures.MatchesBase64(expected, entry[(comma + 1)..]);
            }
        }
        if (!matched)
        {
            return SignatureCheck.Invalid;
        }
        return Signatures.IsFresh(timestamp, now, tolerance) ? SignatureCheck.Valid : SignatureCheck.Stale;
    }

    /// <summary>The HMAC key of a Standard Webhooks secret: the base64 after an optional <c>whsec_</c>.</summary>
    public static byte[] KeyOf(string secret)
    {
        var encoded = secret.StartsWith(SigningSecret.Prefix, StringComparison.Ordinal) ? secret[SigningSecret.Prefix.Length..] : secret;
        var key = new byte[(encoded.Length * 3 / 4) + 3];
        return Convert.TryFromBase64String(encoded, key, out var written) && written > 0
            ? key[..written]
            : throw new InvalidOperationException("A Standard Webhooks secret is base64, optionally prefixed with whsec_.");
    }

    /// <summary>Whether <see cref="KeyOf"/> can read the secret (for configuration checks).</summary>
    public static bool IsValidSecret(string? secret)
    {
        if (string.IsNullOrWhiteSpace(secret))
        {
            return false;
        }
        try
        {
            KeyOf(secret);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
