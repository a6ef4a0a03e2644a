using System.Security.Cryptography;

namespace AiVideo.Webhooks.FunctionalTests.Support;

/// <summary>The providers' signature algorithms written out from their documentation, independently of the service's code.</summary>
public static class Documented
{
    /// <summary>Mux: <c>Mux-Signature: t={t},v1={hex HMAC-SHA256 of "{t}.{body}" keyed with the signing secret}</c>.</summary>
    public static string MuxHeader(string secret, long t, string body) =>
        $"t={t},v1={Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{body}")))}";

    /// <summary>Cloudflare Stream: <c>Webhook-Signature: time={time},sig1={hex HMAC-SHA256 of "{time}.{body}" keyed with the webhook secret}</c>.</summary>
    public static string CloudflareHeader(string secret, long time, string body) =>
        $"time={time},sig1={Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{time}.{body}")))}";

    /// <summary>Standard Webhooks: <c>v1,{base64 HMAC-SHA256 of "{id}.{timestamp}.{body}" keyed with the base64-decoded part of whsec_…}</c>.</summary>
    public static string StandardSignature(string secret, string id, long timestamp, string body) =>
        "v1," + Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(secret["whsec_".Length..]), Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}")));
}
