using System.Security.Cryptography;
using System.Text;

namespace AiVideo.Webhooks.Application.Inbound;

/// <summary>The pieces the signature formats share: HMAC-SHA256 over "prefix.body", constant-time comparison, timestamps.</summary>
internal static class Signatures
{
    /// <summary>HMAC-SHA256 of <paramref name="prefix"/> followed by the body, without copying the body.</summary>
    public static byte[] Hmac(ReadOnlySpan<byte> key, string prefix, ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        hmac.AppendData(Encoding.UTF8.GetBytes(prefix));
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }

    /// <summary>Whether <paramref name="candidate"/> is the hex (either case) of <paramref name="expected"/>, compared in constant time.</summary>
    public static bool MatchesHex(ReadOnlySpan<byte> expected, string candidate)
    {
        if (candidate.Length != expected.Length * 2)
        {
            return false;
        }
        Span<byte> decoded = stackalloc byte[expected.Length];
        return Convert.FromHexString(candidate, decoded, out _, out var written) == System.Buffers.OperationStatus.Done
            && written == expected.Length
            && CryptographicOperations.FixedTimeEquals(decoded, expected);
    }

    /// <summary>Whether <paramref name="candidate"/> is the base64 of <paramref name="expected"/>, compared in constant time.</summary>
    public static bool MatchesBase64(ReadOnlySpan<byte> expected, string candidate)
    {
        Span<byte> decoded = stackalloc byte[64];
        return candidate.Length <= 88
            && Convert.TryFromBase64String(candidate, decoded, out var written)
            && written == expected.Length
            && CryptographicOperations.FixedTimeEquals(decoded[..written], expected);
    }

    /// <summary>Reads Unix seconds; false for anything else (or a value outside what a date can hold).</summary>
    public static bool TryReadUnixSeconds(string? text, out DateTimeOffset timestamp)
    {
        timestamp = default;
        if (text is null || text.Length > 12 || !long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return false;
        }
        timestamp = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return true;
    }

    public static bool IsFresh(DateTimeOffset timestamp, DateTimeOffset now, TimeSpan tolerance) => (timestamp - now).Duration() <= tolerance;

    /// <summary>Splits <c>k=v,k=v</c> into pairs (a key may repeat); false when an element has no <c>=</c>.</summary>
    public static bool TryReadPairs(string header, out List<(string Key, string Value)> pairs)
    {
        pairs = [];
        foreach (var element in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = element.IndexOf('=');
            if (equals <= 0)
            {
                return false;
            }
            pairs.Add((element[..equals].Trim(), element[(equals + 1)..].Trim()));
        }
        return pairs.Count > 0;
    }
}
