namespace AiVideo.Identity.Application.Sessions;

/// <summary>
/// Continues a session with its next tokens: a refresh (the token server has checked the refresh token: unknown, expired,
/// ended and reused ones never get here) or the exchange of an authorization code. A refresh token works once: of
/// concurrent refreshes with one token exactly one wins and the others end the whole session, as a reuse does. The new
/// access token carries the user's current role, so a role change takes effect here at the latest; a user no longer in
/// the session's company is signed out.
/// </summary>
public sealed class RefreshSession(IUserAccounts users, ICompanies companies, ISessions sessions, SessionStarter starter)
{
    /// <param name="SessionId">The session the presented token belongs to.</param>
    /// <param name="RefreshTokenId">The presented refresh token, redeemed here; null for an authorization code (the token server redeems those).</param>
    /// <param name="UserId">The session's user.</param>
    /// <param name="SessionCompanyId">The company the session spoke for until now.</param>
    /// <param name="CompanyId">Another company of the user's to switch the session to, if asked for.</param>
    public sealed record Command(Guid SessionId, string? RefreshTokenId, Guid UserId, Guid? SessionCompanyId, Guid? CompanyId = null);

    public async Task<Result<SessionGrant>> ExecuteAsync(Command command, CancellationToken cancellationToken)
    {
        if (command.RefreshTokenId is { } tokenId && !await sessions.TryRedeemRefreshTokenAsync(tokenId, cancellationToken))
        {
            return await EndAsync(command.SessionId, "The refresh token was already used; the session has been ended.", cancellationToken);
        }

        var user = await users.FindAsync(command.UserId, cancellationToken);
        if (user is null)
        {
            return await EndAsync(command.SessionId, "The account no longer exists.", cancellationToken);
        }

        var memberships = await companies.MembershipsOfAsync(user.Id, cancellationToken);
        var companyId = command.CompanyId ?? command.SessionCompanyId;
        var membership = companyId is null ? null : memberships.FirstOrDefault(m => m.CompanyId == companyId);
        if (command.CompanyId is not null && membership is null)
        {
            return await EndAsync(command.SessionId, "You are not a member of that company; sign in again.", cancellationToken);
        }
        if (companyId is not null && membership is null)
        {
            return await EndAsync(command.SessionId, "You are no longer a member of this session's company; sign in again.", cancellationToken);
        }

        return starter.Continue(command.SessionId, user, membership);
    }

    /// <summary>Ends the session because it cannot go on.</summary>
    private async Task<Error> EndAsync(Guid sessionId, string message, CancellationToken cancellationToken)
    {
        await sessions.RevokeAsync(sessionId, cancellationToken);
        return Error.Unauthorized("invalid_grant", message);
    }
}
