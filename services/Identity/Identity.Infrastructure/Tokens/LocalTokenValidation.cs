using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace AiVideo.Identity.Infrastructure.Tokens;

/// <summary>
/// identity-api validates bearer tokens with its own key store rather than fetching its own discovery document over
/// HTTP: same issuer, audience, algorithm and <c>at+jwt</c> type as every other service, keys straight from memory.
/// </summary>
internal sealed class LocalTokenValidation(SigningKeyStore keys, IOptions<TokenIssuerOptions> issuer) : IPostConfigureOptions<JwtBearerOptions>
{
    public void PostConfigure(string? name, JwtBearerOptions options)
    {
        if (name != JwtBearerDefaults.AuthenticationScheme)
        {
            return;
        }
        options.Authority = null;
        options.ConfigurationManager = null;
        options.Configuration = null;
        var parameters = options.TokenValidationParameters;
        parameters.ValidIssuer = issuer.Value.Issuer;
        parameters.ValidAudience = issuer.Value.Audience;
        parameters.IssuerSigningKeyResolver = (_, _, keyId, _) =>
            keys.Published.Where(k => keyId is null || k.KeyId == keyId).Select(k => (SecurityKey)k.Key);
    }
}
