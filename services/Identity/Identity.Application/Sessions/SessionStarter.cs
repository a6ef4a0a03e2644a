using AiVideo.Identity.Domain.Sessions;

namespace AiVideo.Identity.Application.Sessions;

/// <summary>Starts a session for a user in a company (or none): the session, its first refresh token, and an access token.</summary>
public sealed class SessionStarter(ISessions sessions, IAccessTokenIssuer tokens, IOptions<IdentityTokenOptions> options, TimeProvider time)
{
    public SessionTokens Start(UserAccountView user, Membership? membership)
    {
        var now = time.GetUtcNow();
        var session = Session.Start(user.Id, membership?.CompanyId, now, options.Value.SessionLifetime);
        sessions.Add(session);
        return Continue(session, user, membership, now);
    }

    /// <summary>Issues the next refresh token of an existing session and a fresh access token with the current role.</summary>
    public SessionTokens Continue(Session session, UserAccountView user, Membership? membership, DateTimeOffset now)
    {
        var refreshToken = OpaqueTokens.New();
        sessions.Add(RefreshToken.Issue(session.Id, OpaqueTokens.Hash(refreshToken), now));
        var role = membership?.Role.ToName();
        var accessToken = tokens.Issue(new AccessTokenClaims(
            user.Id.ToString(), ClientIds.FirstParty, [Scopes.UserSession], options.Value.AccessTokenLifetime,
            user.Email, user.Name, membership?.CompanyId, role, session.Id));
        return new SessionTokens(accessToken, refreshToken, new UserView(user.Id, user.Email, user.Name, membership?.CompanyId, role), Scopes.UserSession);
    }
}
