using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AiVideo.Webhooks.Application.Outbound;

/// <summary>
/// Signs outgoing messages per Standard Webhooks: for each secret, <c>v1,</c> and the base64 HMAC-SHA256 of
/// "id.timestamp.body" keyed with the secret's decoded bytes. During the day after a rotation an endpoint has two
/// secrets and every message carries both signatures, so receivers holding either one accept it.
/// </summary>
public static class WebhookSigner
{
    public static WebhookHeaders Sign(string messageId, DateTimeOffset timestamp, ReadOnlySpan<byte> body, IReadOnlyList<SigningSecret> secrets)
    {
        if (secrets.Count == 0)
        {
            throw new ArgumentException("A message is signed with at least one secret.", nameof(secrets));
        }
        var unix = timestamp.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var prefix = Encoding.UTF8.GetBytes($"{messageId}.{unix}.");
        var signatures = new string[secrets.Count];
        for (var i = 0; i < secrets.Count; i++)
        {
            using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, secrets[i].Key);
            hmac.AppendData(prefix);
            hmac.AppendData(body);
            signatures[i] = "v1," + Convert.ToBase64String(hmac.GetHashAndReset());
        }
        return new WebhookHeaders(messageId, unix, string.Join(' ', signatures));
    }
}
