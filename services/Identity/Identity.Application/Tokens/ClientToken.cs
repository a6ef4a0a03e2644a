namespace AiVideo.Identity.Application.Tokens;

/// <summary>An access token for a service (client credentials): no refresh token, no user.</summary>
public sealed record ClientToken(AccessToken AccessToken, string Scope);
