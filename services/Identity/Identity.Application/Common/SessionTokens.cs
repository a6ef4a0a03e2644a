namespace AiVideo.Identity.Application.Common;

/// <summary>What a sign-in or refresh returns: an access token, the session's next refresh token, and who they are for.</summary>
public sealed record SessionTokens(AccessToken AccessToken, string RefreshToken, UserView User, string Scope);
