using System.Text;
using AiVideo.Identity.Application.Sessions;
using AiVideo.Identity.Application.Tokens;
using Microsoft.Extensions.Primitives;

namespace AiVideo.Identity.Api.Endpoints;

/// <summary>
/// <c>POST /connect/token</c>, the OAuth 2.0 token endpoint (RFC 6749): form-encoded requests, snake_case JSON answers,
/// RFC 6749 §5.2 error bodies. Grants: <c>password</c>, <c>refresh_token</c>, <c>client_credentials</c> and the API-key
/// extension grant. Clients authenticate with HTTP Basic or <c>client_id</c>/<c>client_secret</c> in the form.
/// </summary>
public static class TokenEndpoint
{
    public static IEndpointRouteBuilder MapTokenEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost("/connect/token", IssueAsync).AllowAnonymous().WithTags("OAuth").WithName("Token")
            .WithSummary("Issues tokens for the password, refresh_token, client_credentials and API-key grants (form-encoded).");
        return app;
    }

    private static async Task<IResult> IssueAsync(
        HttpContext http, SignIn signIn, RefreshSession refresh, IssueClientToken clientToken, ExchangeApiKey exchange, CancellationToken cancellationToken)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.Pragma = "no-cache";
        if (!http.Request.HasFormContentType)
        {
            return OAuthError("invalid_request", "The token request must be application/x-www-form-urlencoded.");
        }

        var form = await http.Request.ReadFormAsync(cancellationToken);
        var (clientId, clientSecret, basic) = ClientCredentials(http.Request, form);
        switch (form["grant_type"].ToString())
        {
            case GrantTypes.Password:
                if (StringValues.IsNullOrEmpty(form["username"]) || StringValues.IsNullOrEmpty(form["password"]))
                {
                    return OAuthError("invalid_request", "The password grant needs username and password.");
                }
                var signedIn = await signIn.ExecuteAsync(
                    new SignIn.Command(form["username"]!, form["password"]!, Guid.TryParse(form[ClaimNames.CompanyId], out var company) ? company : null), cancellationToken);
                return signedIn.IsSuccess ? SessionResponse(signedIn.Value) : FromError(signedIn.Error, basic, http);

            case GrantTypes.RefreshToken:
                if (StringValues.IsNullOrEmpty(form["refresh_token"]))
                {
                    return OAuthError("invalid_request", "The refresh_token grant needs refresh_token.");
                }
                var refreshed = await refresh.ExecuteAsync(new RefreshSession.Command(form["refresh_token"]!), cancellationToken);
                return refreshed.IsSuccess ? SessionResponse(refreshed.Value) : FromError(refreshed.Error, basic, http);

            case GrantTypes.ClientCredentials:
                var issued = clientToken.Execute(new IssueClientToken.Command(clientId, clientSecret, form["scope"]));
                return issued.IsSuccess
                    ? Results.Json(new Dictionary<string, object>
                    {
                        ["access_token"] = issued.Value.AccessToken.Value,
                        ["token_type"] = "Bearer",
                        ["expires_in"] = issued.Value.AccessToken.ExpiresIn,
                        ["scope"] = issued.Value.Scope,
                    })
                    : FromError(issued.Error, basic, http);

            case GrantTypes.ApiKey:
                if (StringValues.IsNullOrEmpty(form["api_key"]))
                {
                    return OAuthError("invalid_request", "The API-key grant needs api_key.");
                }
                var exchanged = await exchange.ExecuteAsync(new ExchangeApiKey.Command(clientId, clientSecret, form["api_key"]), cancellationToken);
                return exchanged.IsSuccess
                    ? Results.Json(new Dictionary<string, object>
                    {
                        ["access_token"] = exchanged.Value.AccessToken.Value,
                        ["token_type"] = "Bearer",
                        ["expires_in"] = exchanged.Value.AccessToken.ExpiresIn,
                        ["scope"] = exchanged.Value.Scope,
                        [ClaimNames.ApiKeyId] = exchanged.Value.ApiKeyId,
                        ["rate_limit_per_minute"] = exchanged.Value.RateLimitPerMinute,
                        ["rate_limit_per_hour"] = exchanged.Value.RateLimitPerHour,
                    })
                    : FromError(exchanged.Error, basic, http);

            case "":
                return OAuthError("invalid_request", "grant_type is required.");
            default:
                return OAuthError("unsupported_grant_type", $"The grant type '{form["grant_type"]}' is not supported.");
        }
    }

    private static IResult SessionResponse(SessionTokens tokens) => Results.Json(new Dictionary<string, object>
    {
        ["access_token"] = tokens.AccessToken.Value,
        ["token_type"] = "Bearer",
        ["expires_in"] = tokens.AccessToken.ExpiresIn,
        ["refresh_token"] = tokens.RefreshToken,
        ["scope"] = tokens.Scope,
    });

    /// <summary>Client authentication per RFC 6749 §2.3.1: HTTP Basic (url-encoded id and secret), else form fields.</summary>
    private static (string? Id, string? Secret, bool Basic) ClientCredentials(HttpRequest request, IFormCollection form)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim())).Split(':', 2);
                if (decoded.Length == 2)
                {
                    return (Uri.UnescapeDataString(decoded[0]), Uri.UnescapeDataString(decoded[1]), true);
                }
            }
            catch (FormatException)
            {
            }
            return (null, null, true);
        }
        return (form["client_id"], form["client_secret"], false);
    }

    /// <summary>A use-case error as RFC 6749 §5.2 body: invalid_client is 401 (with a Basic challenge when Basic was used), the rest 400.</summary>
    private static IResult FromError(Error error, bool basic, HttpContext http)
    {
        if (error.Code == "invalid_client")
        {
            if (basic)
            {
                http.Response.Headers.WWWAuthenticate = "Basic realm=\"aivideo\"";
            }
            return OAuthError("invalid_client", error.Message, StatusCodes.Status401Unauthorized);
        }
        if (error.RetryAfter is { } retryAfter)
        {
            http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString();
        }
        var code = error switch
        {
            { Code: "unauthorized_client" or "invalid_scope" or "invalid_grant" } => error.Code,
            { Kind: ErrorKind.Validation } => "invalid_request",
            _ => "invalid_grant",
        };
        return OAuthError(code, error.Message);
    }

    private static IResult OAuthError(string error, string description, int status = StatusCodes.Status400BadRequest) =>
        Results.Json(new Dictionary<string, string> { ["error"] = error, ["error_description"] = description }, statusCode: status);
}
