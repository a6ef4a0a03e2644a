using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AiVideo.Gateway.Edge;

/// <summary>
/// The <c>api-key</c> scheme: an <c>X-API-Key: avk_…</c> header, or <c>Authorization: Bearer avk_…</c>, is exchanged for
/// identity-api's short-lived token (<see cref="ApiKeyExchange"/>), which is validated like any bearer token (same
/// issuer, audience, keys) and forwarded to the service in place of the key.
/// </summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ApiKeyExchange exchange, IOptionsMonitor<JwtBearerOptions> bearer)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "api-key";
    public const string HeaderName = "X-API-Key";
    public const string KeyPrefix = "avk_";

    private static readonly JsonWebTokenHandler Tokens = new() { MapInboundClaims = false };

    /// <summary>Whether a request presents an API key (so the api-key scheme, not the bearer scheme, reads it).</summary>
    public static bool Presents(HttpRequest request) =>
        request.Headers.ContainsKey(HeaderName)
        || request.Headers.Authorization.ToString().StartsWith($"Bearer {KeyPrefix}", StringComparison.Ordinal);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = Request.Headers[HeaderName].FirstOrDefault()
            ?? Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        if (!key.StartsWith(KeyPrefix, StringComparison.Ordinal))
        {
            return AuthenticateResult.Fail("Not an API key.");
        }

        var grant = await exchange.ExchangeAsync(key, Context.RequestAborted);
        if (grant is null)
        {
            return AuthenticateResult.Fail("The API key is not valid.");
        }

        var jwt = bearer.Get(JwtBearerDefaults.AuthenticationScheme);
        var parameters = jwt.TokenValidationParameters.Clone();
        if (jwt.ConfigurationManager is { } manager)
        {
            var configuration = await manager.GetConfigurationAsync(Context.RequestAborted);
            parameters.ValidIssuers = [.. parameters.ValidIssuers ?? [], configuration.Issuer];
            parameters.IssuerSigningKeys = configuration.SigningKeys;
        }
        parameters.ValidAudience ??= jwt.Audience;
        var validated = await Tokens.ValidateTokenAsync(grant.AccessToken, parameters);
        if (!validated.IsValid)
        {
            Logger.LogWarning(validated.Exception, "The token identity-api gave for an API key does not validate");
            return AuthenticateResult.Fail("The API key's token is not valid.");
        }

        Context.Items[typeof(ApiKeyGrant)] = grant;
        return AuthenticateResult.Success(new AuthenticationTicket(new System.Security.Claims.ClaimsPrincipal(validated.ClaimsIdentity), SchemeName));
    }
}
