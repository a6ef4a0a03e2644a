namespace AiVideo.Identity.Application.Accounts;

/// <summary>The caller, with the company their token speaks for and their current role there.</summary>
public sealed class GetProfile(IUserAccounts users, ICompanies companies)
{
    public async Task<Result<UserView>> ExecuteAsync(Actor actor, CancellationToken cancellationToken)
    {
        var user = await users.FindAsync(actor.UserId, cancellationToken);
        if (user is null)
        {
            return Error.NotFound("user");
        }
        var membership = actor.CompanyId is { } companyId
            ? (await companies.MembershipsOfAsync(user.Id, cancellationToken)).FirstOrDefault(m => m.CompanyId == companyId)
            : null;
        return new UserView(user.Id, user.Email, user.Name, membership?.CompanyId, membership?.Role.ToName());
    }
}
