using System.Security.Cryptography;

namespace AiVideo.Identity.Application.Common;

/// <summary>
/// Random bearer secrets (invitation tokens, API-key secrets): 256 bits, URL-safe, stored only as SHA-256 hashes. A fast
/// hash is right here because the secrets are random, not chosen by people.
/// </summary>
public static class OpaqueTokens
{
    public static string New() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));

    public static bool Matches(string token, string hash) =>
        CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(Hash(token)), System.Text.Encoding.ASCII.GetBytes(hash));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
