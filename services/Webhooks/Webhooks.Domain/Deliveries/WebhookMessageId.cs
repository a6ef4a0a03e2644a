using System.Security.Cryptography;
using System.Text;

namespace AiVideo.Webhooks.Domain.Deliveries;

/// <summary>
/// The <c>webhook-id</c> of a message: <c>msg_</c> and 26 base32 characters. It is the same on every attempt and every
/// endpoint a message goes to, so receivers can drop duplicates. Messages made from an event get an id derived from
/// the event (a redelivered event makes the same id); others (pings) get a new time-ordered one.
/// </summary>
public static class WebhookMessageId
{
    public const string Prefix = "msg_";
    public const int Length = 30;
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    /// <summary>A new id, ordered by time like the UUIDv7 it encodes.</summary>
    public static string New(DateTimeOffset now) => Prefix + Base32(Guid.CreateVersion7(now).ToByteArray(bigEndian: true));

    /// <summary>The id of the message about <paramref name="sourceKey"/> (for example an event's request id) of <paramref name="eventType"/>.</summary>
    public static string For(string eventType, string sourceKey)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{eventType}\n{sourceKey}"), hash);
        return Prefix + Base32(hash[..16]);
    }

    public static bool IsValid(string? id) =>
        id is { Length: Length } && id.StartsWith(Prefix, StringComparison.Ordinal) && id.AsSpan(Prefix.Length).IndexOfAnyExcept(Alphabet) < 0;

    private static string Base32(ReadOnlySpan<byte> bytes)
    {
        var result = new StringBuilder(26);
        int buffer = 0, bits = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                result.Append(Alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0)
        {
            result.Append(Alphabet[(buffer << (5 - bits)) & 31]);
        }
        return result.ToString();
    }
}
