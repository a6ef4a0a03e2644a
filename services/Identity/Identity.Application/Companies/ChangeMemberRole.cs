namespace AiVideo.Identity.Application.Companies;

/// <summary>An admin changes a member's role (never leaving the company without an admin); it shows in tokens from the next refresh.</summary>
public sealed class ChangeMemberRole(ICompanies companies, IUnitOfWork unitOfWork, TimeProvider time)
{
    public async Task<Result<MemberView>> ExecuteAsync(Actor actor, Guid companyId, Guid userId, string? role, CancellationToken cancellationToken)
    {
        if (!CompanyRoles.TryParse(role, out var parsed))
        {
            return Error.Validation("role", $"The role is {CompanyRoles.Admin} or {CompanyRoles.Member}.");
        }
        var company = await companies.FindAsync(companyId, cancellationToken);
        if (CompanyAccess.RequireAdmin(company, actor.UserId, "change roles") is { } denied)
        {
            return denied;
        }
        var changed = company!.ChangeRole(userId, parsed, time.GetUtcNow());
        if (!changed.IsSuccess)
        {
            return changed.Error;
        }
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await companies.FindMemberAsync(companyId, userId, cancellationToken) is { } member ? member : Error.NotFound("member");
    }
}
