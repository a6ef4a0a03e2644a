using System.Security.Cryptography;
using System.Text;

namespace AiVideo.Benchmarks.Webhooks;

/// <summary>Standard Webhooks signatures, written here from the specification rather than taken from the service.</summary>
public static class Signing
{
    /// <summary>The HMAC key of a secret: the base64 after an optional <c>whsec_</c>.</summary>
    public static byte[] KeyOf(string secret) =>
        Convert.FromBase64String(secret.StartsWith("whsec_", StringComparison.Ordinal) ? secret["whsec_".Length..] : secret);

    /// <summary>The base64 HMAC-SHA256 of "id.timestamp.body".</summary>
    public static byte[] Sign(byte[] key, string id, string timestamp, ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        hmac.AppendData(Encoding.UTF8.GetBytes($"{id}.{timestamp}."));
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }

    /// <summary>Whether one of the <c>v1,&lt;base64&gt;</c> entries of a <c>webhook-signature</c> header matches, compared in constant time.</summary>
    public static bool Verifies(byte[] key, string id, string timestamp, ReadOnlySpan<byte> body, string signatures)
    {
        if (id.Length == 0 || timestamp.Length == 0)
        {
            return false;
        }
        var expected = Sign(key, id, timestamp, body);
        foreach (var entry in signatures.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (entry.StartsWith("v1,", StringComparison.Ordinal) && TryBase64(entry[3..], out var given) && CryptographicOperations.FixedTimeEquals(expected, given))
            {
                return true;
            }
        }
        return false;
    }

    private static bool TryBase64(string text, out byte[] bytes)
    {
        var buffer = new byte[text.Length];
        var ok = Convert.TryFromBase64String(text, buffer, out var written);
        bytes = buffer[..written];
        return ok;
    }
}
