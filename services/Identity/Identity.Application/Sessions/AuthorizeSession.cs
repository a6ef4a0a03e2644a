namespace AiVideo.Identity.Application.Sessions;

/// <summary>
/// A person signed in at identity's sign-in page authorizes a browser client: the session is granted in their most
/// recently joined company, as a sign-in without a company choice is. An account deleted since is refused.
/// </summary>
public sealed class AuthorizeSession(IUserAccounts users, ICompanies companies, SessionStarter sessions)
{
    public async Task<Result<SessionGrant>> ExecuteAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await users.FindAsync(userId, cancellationToken);
        if (user is null)
        {
            return Error.Unauthorized("login_required", "The account no longer exists; sign in again.");
        }
        var membership = (await companies.MembershipsOfAsync(user.Id, cancellationToken)).FirstOrDefault();
        return sessions.Start(user, membership);
    }
}
