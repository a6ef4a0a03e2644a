using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AiVideo.Identity.Infrastructure.Tokens;

/// <summary>Access tokens as RS256 JWTs (<c>typ: at+jwt</c>, RFC 9068) signed with the current key, issued by the configured public URL.</summary>
internal sealed class JwtAccessTokenIssuer(SigningKeyStore keys, IOptions<TokenIssuerOptions> options, TimeProvider time) : IAccessTokenIssuer
{
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    public AccessToken Issue(AccessTokenClaims claims)
    {
        var now = time.GetUtcNow();
        var expires = now + claims.Lifetime;
        var payload = new Dictionary<string, object>
        {
            [JwtRegisteredClaimNames.Sub] = claims.Subject,
            [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
            [ClaimNames.ClientId] = claims.ClientId,
            [ClaimNames.Scope] = string.Join(' ', claims.Scopes),
        };
        Add(payload, JwtRegisteredClaimNames.Email, claims.Email);
        Add(payload, ClaimNames.Name, claims.Name);
        Add(payload, ClaimNames.CompanyId, claims.CompanyId?.ToString());
        Add(payload, ClaimNames.Role, claims.Role);
        Add(payload, ClaimNames.SessionId, claims.SessionId?.ToString());
        Add(payload, ClaimNames.ApiKeyId, claims.ApiKeyId?.ToString());

        var token = Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Value.Issuer,
            Audience = options.Value.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            TokenType = "at+jwt",
            Claims = payload,
            SigningCredentials = keys.Current.Credentials,
        });
        return new AccessToken(token, expires, claims.Lifetime);
    }

    private static void Add(Dictionary<string, object> payload, string name, string? value)
    {
        if (value is not null)
        {
            payload[name] = value;
        }
    }
}
