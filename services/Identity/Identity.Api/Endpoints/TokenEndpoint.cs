using AiVideo.Identity.Api.TokenServer;
using AiVideo.Identity.Application.Sessions;
using AiVideo.Identity.Application.Tokens;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Oidc = OpenIddict.Abstractions.OpenIddictConstants;

namespace AiVideo.Identity.Api.Endpoints;

/// <summary>
/// <c>POST /connect/token</c>, the OAuth 2.0 token endpoint, on the token server (OpenIddict): it reads the form,
/// authenticates clients (HTTP Basic or form fields), checks each client's grants and scopes and the presented refresh
/// token or code (PKCE included), then hands the request here to decide what is granted; it issues the tokens and writes
/// the RFC 6749 answers and errors. Grants: <c>password</c>, <c>refresh_token</c>, <c>client_credentials</c>, the API-key
/// extension grant, and <c>authorization_code</c> for browser clients.
/// </summary>
public static class TokenEndpoint
{
    public static IEndpointRouteBuilder MapTokenEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost("/connect/token", IssueAsync).AllowAnonymous().WithTags("OAuth").WithName("Token")
            .WithSummary("Issues tokens for the password, refresh_token, client_credentials, authorization_code and API-key grants (form-encoded).");
        return app;
    }

    private static async Task<IResult> IssueAsync(
        HttpContext http, SignIn signIn, RefreshSession refresh, IssueServiceToken serviceToken, ExchangeApiKey exchange, CancellationToken cancellationToken)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The token server did not hand over the token request.");
        switch (request.GrantType)
        {
            case GrantTypes.Password:
                var signedIn = await signIn.ExecuteAsync(
                    new SignIn.Command(request.Username!, request.Password!, CompanyOf(request), ClientAddress.Of(http)), cancellationToken);
                return signedIn.IsSuccess ? SignIn(TokenPrincipal.From(signedIn.Value.Claims)) : Refuse(http, signedIn.Error);

            case GrantTypes.RefreshToken or Oidc.GrantTypes.AuthorizationCode:
                var presented = (await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal
                    ?? throw new InvalidOperationException("The token server let the request through without its token.");
                var (session, user, company) = TokenPrincipal.SessionOf(presented);
                var refreshTokenId = request.IsRefreshTokenGrantType() ? presented.GetTokenId() : null;
                var continued = await refresh.ExecuteAsync(new RefreshSession.Command(session, refreshTokenId, user, company, CompanyOf(request)), cancellationToken);
                return continued.IsSuccess
                    ? SignIn(TokenPrincipal.From(continued.Value.Claims with
                    {
                        ClientId = request.ClientId ?? continued.Value.Claims.ClientId,
                        Scopes = [.. presented.GetScopes()],
                    }))
                    : Refuse(http, continued.Error);

            case GrantTypes.ClientCredentials:
                var issued = serviceToken.Execute(new IssueServiceToken.Command(request.ClientId!, [.. request.GetScopes()]));
                return issued.IsSuccess ? SignIn(TokenPrincipal.From(issued.Value)) : Refuse(http, issued.Error);

            case GrantTypes.ApiKey:
                var exchanged = await exchange.ExecuteAsync(new ExchangeApiKey.Command(request.ClientId, (string?)request[Parameters.ApiKey]), cancellationToken);
                if (!exchanged.IsSuccess)
                {
                    return Refuse(http, exchanged.Error);
                }
                var properties = new AuthenticationProperties();
                properties.Parameters[ClaimNames.ApiKeyId] = exchanged.Value.ApiKeyId.ToString();
                properties.Parameters[Parameters.RateLimitPerMinute] = exchanged.Value.RateLimitPerMinute;
                properties.Parameters[Parameters.RateLimitPerHour] = exchanged.Value.RateLimitPerHour;
                return Results.SignIn(TokenPrincipal.From(exchanged.Value.Claims), properties, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);

            default:
                // The JSON routes' internal grant, or any other the token server knows but this endpoint does not offer.
                return Refuse(http, new Error(ErrorKind.Validation, Oidc.Errors.UnsupportedGrantType, $"The grant type '{request.GrantType}' is not supported."));
        }
    }

    private static Guid? CompanyOf(OpenIddictRequest request) => Guid.TryParse((string?)request[ClaimNames.CompanyId], out var company) ? company : null;

    private static IResult SignIn(System.Security.Claims.ClaimsPrincipal principal) =>
        Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);

    /// <summary>A use-case error as an RFC 6749 §5.2 answer from the token server (invalid_client is a 401 with a Basic challenge, the rest 400).</summary>
    private static IResult Refuse(HttpContext http, Error error)
    {
        if (error.RetryAfter is { } retryAfter)
        {
            http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString();
        }
        var code = error switch
        {
            { Code: Oidc.Errors.InvalidClient or Oidc.Errors.UnauthorizedClient or Oidc.Errors.InvalidScope or Oidc.Errors.InvalidGrant or Oidc.Errors.UnsupportedGrantType } => error.Code,
            { Kind: ErrorKind.Validation } => Oidc.Errors.InvalidRequest,
            _ => Oidc.Errors.InvalidGrant,
        };
        var properties = new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = code,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = error.Message,
        });
        return Results.Forbid(properties, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    /// <summary>The token request's own parameters (beyond RFC 6749's).</summary>
    private static class Parameters
    {
        public const string ApiKey = "api_key";
        public const string RateLimitPerMinute = "rate_limit_per_minute";
        public const string RateLimitPerHour = "rate_limit_per_hour";
    }
}
