namespace AiVideo.Identity.Application.Common;

/// <summary>
/// What a sign-in, registration, invitation acceptance or refresh grants: the claims of the session's access tokens and
/// who they are for. The token server opens the session (or continues <see cref="AccessTokenClaims.SessionId"/>) and
/// issues the access and refresh tokens.
/// </summary>
public sealed record SessionGrant(AccessTokenClaims Claims, UserView User);
