using System.Text;

namespace AiVideo.Webhooks.Application.Inbound;

/// <summary>
/// The shape Mux and Cloudflare Stream share: one header of <c>key=value</c> pairs holding a Unix timestamp and one or
/// more hex HMAC-SHA256 signatures of "timestamp.body", keyed with the secret's UTF-8 bytes.
/// </summary>
public abstract class TimestampedHexVerifier(string headerName, string timestampKey, string signatureKey) : ISignatureVerifier
{
    public abstract SignatureFormat Format { get; }

    public SignatureCheck Verify(CallbackHeaders headers, ReadOnlySpan<byte> body, string secret, DateTimeOffset now, TimeSpan tolerance)
    {
        if (headers[headerName] is not { } header)
        {
            return SignatureCheck.Missing;
        }
        if (!Signatures.TryReadPairs(header, out var pairs))
        {
            return SignatureCheck.Invalid;
        }
        var timestamps = pairs.Where(p => p.Key == timestampKey).Select(p => p.Value).ToList();
        var signatures = pairs.Where(p => p.Key == signatureKey).Select(p => p.Value).ToList();
        if (timestamps.Count != 1 || signatures.Count == 0 || !Signatures.TryReadUnixSeconds(timestamps[0], out var timestamp))
        {
            return SignatureCheck.Invalid;
        }

        var expected = Signatures.Hmac(Encoding.UTF8.GetBytes(secret), timestamps[0] + ".", body);
        var matched = false;
        foreach (var signature in signatures)
        {
            // Every candidate is compared, so the time taken does not tell which one matched.
            matched |= Signatures.MatchesHex(expected, signature);
        }
        if (!matched)
        {
            return SignatureCheck.Invalid;
        }
        return Signatures.IsFresh(timestamp, now, tolerance) ? SignatureCheck.Valid : SignatureCheck.Stale;
    }
}
