namespace AiVideo.Webhooks.UnitTests;

/// <summary>The providers' signature algorithms written out from their documentation, independently of the code under test.</summary>
internal static class Documented
{
    /// <summary>Mux: hex HMAC-SHA256 of "{t}.{body}" keyed with the signing secret's bytes.</summary>
    public static string MuxSignature(string secret, long t, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{body}")));

    /// <summary>Cloudflare Stream: hex HMAC-SHA256 of "{time}.{body}" keyed with the webhook secret's bytes.</summary>
    public static string CloudflareSignature(string secret, long time, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{time}.{body}")));

    /// <summary>Standard Webhooks: base64 HMAC-SHA256 of "{id}.{timestamp}.{body}" keyed with the base64-decoded part of whsec_....</summary>
    public static string StandardSignature(string secret, string id, long timestamp, string body) =>
        Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(secret["whsec_".Length..]), Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}")));

    public static string NewStandardSecret() => "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));
}
