namespace AiVideo.Identity.Application.Sessions;

/// <summary>The grant of a person's session in a company (or none): first-party client, scope <c>aivideo</c>, the current role.</summary>
public sealed class SessionStarter(IOptions<IdentityTokenOptions> options)
{
    /// <summary>A new session (the token server gives it its id).</summary>
    public SessionGrant Start(UserAccountView user, Membership? membership) => Continue(null, user, membership);

    /// <summary>The next tokens of a session, with the user's current role.</summary>
    public SessionGrant Continue(Guid? sessionId, UserAccountView user, Membership? membership)
    {
        var role = membership?.Role.ToName();
        var claims = new AccessTokenClaims(
            user.Id.ToString(), ClientIds.FirstParty, [Scopes.UserSession], options.Value.AccessTokenLifetime,
            user.Email, user.Name, membership?.CompanyId, role, sessionId);
        return new SessionGrant(claims, new UserView(user.Id, user.Email, user.Name, membership?.CompanyId, role));
    }
}
