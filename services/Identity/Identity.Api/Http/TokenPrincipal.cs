using System.Security.Claims;
using AiVideo.Identity.Application.Abstractions;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace AiVideo.Identity.Api.Http;

/// <summary>
/// A grant's claims as the principal the token server signs in: the documented claims (all of them in the access token;
/// name and email in an ID token too), its scopes, its own access-token lifetime, and the session it continues (the
/// token server opens a new one when there is none). The token server gives access tokens the configured audience.
/// </summary>
public static class TokenPrincipal
{
    public static ClaimsPrincipal From(AccessTokenClaims claims)
    {
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, ClaimNames.Name, ClaimNames.Role);
        identity.SetClaim(ClaimNames.Subject, claims.Subject)
            .SetClaim(ClaimNames.Email, claims.Email)
            .SetClaim(ClaimNames.Name, claims.Name)
            .SetClaim(ClaimNames.CompanyId, claims.CompanyId?.ToString())
            .SetClaim(ClaimNames.Role, claims.Role)
            .SetClaim(ClaimNames.ApiKeyId, claims.ApiKeyId?.ToString());
        identity.SetScopes(claims.Scopes);
        identity.SetAccessTokenLifetime(claims.Lifetime);
        if (claims.SessionId is { } session)
        {
            identity.SetAuthorizationId(session.ToString());
        }
        identity.SetDestinations(claim => claim.Type is ClaimNames.Name or ClaimNames.Email
            ? [Destinations.AccessToken, Destinations.IdentityToken]
            : [Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>What a session's refresh token or authorization code says about the session it continues.</summary>
    public static (Guid SessionId, Guid UserId, Guid? CompanyId) SessionOf(ClaimsPrincipal presented) => (
        Guid.Parse(presented.GetAuthorizationId() ?? throw new InvalidOperationException("The presented token belongs to no session.")),
        Guid.Parse(presented.GetClaim(ClaimNames.Subject) ?? throw new InvalidOperationException("The presented token names no user.")),
        Guid.TryParse(presented.GetClaim(ClaimNames.CompanyId), out var company) ? company : null);
}
