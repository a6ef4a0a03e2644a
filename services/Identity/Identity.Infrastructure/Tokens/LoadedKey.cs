using Microsoft.IdentityModel.Tokens;

namespace AiVideo.Identity.Infrastructure.Tokens;

/// <summary>A signing key ready for use: the RSA key with its key id, and when it signs and stops being published.</summary>
public sealed record LoadedKey(string KeyId, RsaSecurityKey Key, DateTimeOffset ActivatesAt, DateTimeOffset? ExpiresAt)
{
    public SigningCredentials Credentials { get; } = new(Key, SecurityAlgorithms.RsaSha256);

    public JsonWebKey PublicJwk()
    {
        var parameters = Key.Rsa.ExportParameters(includePrivateParameters: false);
        return new JsonWebKey
        {
            Kty = "RSA",
            Use = "sig",
            Alg = SecurityAlgorithms.RsaSha256,
            Kid = KeyId,
            N = Base64UrlEncoder.Encode(parameters.Modulus),
            E = Base64UrlEncoder.Encode(parameters.Exponent),
        };
    }
}
