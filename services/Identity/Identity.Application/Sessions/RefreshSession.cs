namespace AiVideo.Identity.Application.Sessions;

/// <summary>
/// Trades a refresh token for a new access token and the session's next refresh token. A token works once: a second use
/// (including the loser of two concurrent refreshes) ends the whole session. The new access token carries the user's
/// current role, so a role change takes effect here at the latest; a user no longer in the session's company is signed out.
/// </summary>
public sealed class RefreshSession(
    IUserAccounts users, ICompanies companies, ISessions sessions, SessionStarter starter, IUnitOfWork unitOfWork, TimeProvider time)
{
    public sealed record Command(string RefreshToken, Guid? CompanyId = null);

    public async Task<Result<SessionTokens>> ExecuteAsync(Command command, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(command.RefreshToken) || command.RefreshToken.Length > 200)
        {
            return Error.Validation("refreshToken", "A refresh token is required.");
        }

        var now = time.GetUtcNow();
        var presented = await sessions.FindTokenAsync(OpaqueTokens.Hash(command.RefreshToken), cancellationToken);
        var session = presented is null ? null : await sessions.FindAsync(presented.SessionId, cancellationToken);
        if (presented is null || session is null)
        {
            return Error.Unauthorized("invalid_grant", "The refresh token is not valid.");
        }

        var check = session.CheckRefresh(presented, now);
        if (!check.IsSuccess)
        {
            await unitOfWork.SaveChangesAsync(cancellationToken); // keeps the revocation a reused token caused
            return check.Error;
        }

        // Consuming is one atomic update that commits by itself: of concurrent refreshes exactly one gets past it, and a
        // failure below still leaves the token used and the session ended.
        if (!await sessions.TryConsumeAsync(presented.Id, now, cancellationToken))
        {
            return await EndAsync(session, "refresh_token_reused", "The refresh token was already used; the session has been ended.", cancellationToken);
        }

        var user = await users.FindAsync(session.UserId, cancellationToken);
        if (user is null)
        {
            return await EndAsync(session, "user_deleted", "The account no longer exists.", cancellationToken);
        }

        var memberships = await companies.MembershipsOfAsync(user.Id, cancellationToken);
        var companyId = command.CompanyId ?? session.CompanyId;
        var membership = companyId is null ? null : memberships.FirstOrDefault(m => m.CompanyId == companyId);
        if (command.CompanyId is not null && membership is null)
        {
            return await EndAsync(session, "company_refused", "You are not a member of that company; sign in again.", cancellationToken);
        }
        if (companyId is not null && membership is null)
        {
            return await EndAsync(session, "membership_ended", "You are no longer a member of this session's company; sign in again.", cancellationToken);
        }

        session.SwitchCompany(companyId);
        var tokens = starter.Continue(session, user, membership, now);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return tokens;
    }

    /// <summary>Ends the session (and stores that) because the refresh cannot go on.</summary>
    private async Task<Error> EndAsync(Domain.Sessions.Session session, string reason, string message, CancellationToken cancellationToken)
    {
        session.Revoke(reason, time.GetUtcNow());
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return Error.Unauthorized("invalid_grant", message);
    }
}
