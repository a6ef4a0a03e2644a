using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace AiVideo.Identity.Infrastructure.Tokens;

/// <summary>OpenID Connect discovery and the JWKS: what a JwtBearer needs to validate tokens by <c>Authority</c> alone.</summary>
internal static class DiscoveryEndpoints
{
    public static IEndpointRouteBuilder MapDiscoveryEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/.well-known").WithTags("Discovery").AllowAnonymous();
        group.MapGet("/openid-configuration", Configuration).WithName("OpenIdConfiguration")
            .WithSummary("The issuer, the JWKS address, the token endpoint and what it supports.");
        group.MapGet("/jwks.json", Keys).WithName("Jwks").WithSummary("The public keys tokens are signed with (current and still-valid previous ones).");
        return app;
    }

    /// <summary>
    /// The issuer is the configured public URL; the endpoints are given on the host the caller used (a service calling
    /// identity-api directly gets internal addresses, a client through the gateway gets public ones).
    /// </summary>
    private static IResult Configuration(HttpRequest request, IOptions<TokenIssuerOptions> options)
    {
        var origin = $"{request.Scheme}://{request.Host}{request.PathBase}";
        SetCache(request.HttpContext);
        return Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = options.Value.Issuer,
            ["jwks_uri"] = $"{origin}/.well-known/jwks.json",
            ["token_endpoint"] = $"{origin}/connect/token",
            ["grant_types_supported"] = new[] { GrantTypes.Password, GrantTypes.RefreshToken, GrantTypes.ClientCredentials, GrantTypes.ApiKey },
            ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_basic", "client_secret_post" },
            ["response_types_supported"] = new[] { "token" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["scopes_supported"] = new[] { Scopes.UserSession, Scopes.Internal }.Concat(Scopes.ApiKeyScopes.Order()).ToArray(),
            ["claims_supported"] = new[] { ClaimNames.Subject, ClaimNames.Email, ClaimNames.Name, ClaimNames.CompanyId, ClaimNames.Role, ClaimNames.Scope, ClaimNames.ClientId, ClaimNames.TokenId, ClaimNames.SessionId, ClaimNames.ApiKeyId },
        });
    }

    private static IResult Keys(HttpContext context, SigningKeyStore keys)
    {
        SetCache(context);
        return Results.Json(new
        {
            keys = keys.Published.Select(k => k.PublicJwk()).Select(jwk => new { kty = jwk.Kty, use = jwk.Use, alg = jwk.Alg, kid = jwk.Kid, n = jwk.N, e = jwk.E }),
        });
    }

    private static void SetCache(HttpContext context) => context.Response.Headers.CacheControl = "public, max-age=60";
}
