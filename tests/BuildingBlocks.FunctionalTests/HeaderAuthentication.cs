using System.Security.Claims;
using System.Text.Encodings.Web;
using AiVideo.SharedKernel.Vocabulary;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiVideo.BuildingBlocks.FunctionalTests;

/// <summary>
/// The test host's callers: a request names its subject, company and API key in headers and is authenticated with the
/// claims a token from identity-api would carry; a request without <see cref="Subject"/> is anonymous.
/// </summary>
internal sealed class HeaderAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "test-headers";
    public const string Subject = "X-Test-Subject";
    public const string Company = "X-Test-Company";
    public const string ApiKey = "X-Test-Api-Key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Request.Headers[Subject].ToString() is not { Length: > 0 } subject)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        var identity = new ClaimsIdentity(SchemeName);
        identity.AddClaim(new Claim(ClaimNames.Subject, subject));
        identity.AddClaim(new Claim(ClaimNames.ClientId, "aivideo"));
        if (Request.Headers[Company].ToString() is { Length: > 0 } company)
        {
            identity.AddClaim(new Claim(ClaimNames.CompanyId, company));
        }
        if (Request.Headers[ApiKey].ToString() is { Length: > 0 } apiKey)
        {
            identity.AddClaim(new Claim(ClaimNames.ApiKeyId, apiKey));
        }
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
