namespace AiVideo.Identity.Application.Abstractions;

/// <summary>Signs access tokens (RS256 JWT with the current signing key).</summary>
public interface IAccessTokenIssuer
{
    AccessToken Issue(AccessTokenClaims claims);
}
