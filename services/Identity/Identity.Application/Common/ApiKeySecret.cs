using System.Security.Cryptography;

namespace AiVideo.Identity.Application.Common;

/// <summary>
/// An API key as handed to its owner: <c>avk_&lt;prefix&gt;_&lt;secret&gt;</c>, an 8-character lookup prefix (not secret)
/// and 256 random bits in hex. Only the prefix and a hash of the secret part are stored.
/// </summary>
public sealed record ApiKeySecret(string Prefix, string Secret)
{
    private const string Marker = "avk_";
    private const string PrefixAlphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    public string Value => $"{Marker}{Prefix}_{Secret}";

    public string SecretHash => OpaqueTokens.Hash(Secret);

    public static ApiKeySecret New() => new(
        new string(RandomNumberGenerator.GetItems<char>(PrefixAlphabet, 8)),
        Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)));

    public static bool LooksLikeApiKey(string? value) => value?.StartsWith(Marker, StringComparison.Ordinal) == true;

    public static bool TryParse(string? value, out ApiKeySecret key)
    {
        key = new ApiKeySecret("", "");
        if (value is null || value.Length != Marker.Length + 8 + 1 + 64 || !LooksLikeApiKey(value) || value[Marker.Length + 8] != '_')
        {
            return false;
        }
        key = new ApiKeySecret(value.Substring(Marker.Length, 8), value[(Marker.Length + 9)..]);
        return true;
    }
}
