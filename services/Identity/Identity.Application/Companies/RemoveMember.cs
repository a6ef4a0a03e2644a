namespace AiVideo.Identity.Application.Companies;

/// <summary>An admin removes a member (never the last admin). Their tokens for the company stop being refreshable.</summary>
public sealed class RemoveMember(ICompanies companies, IUnitOfWork unitOfWork, TimeProvider time)
{
    public async Task<Result> ExecuteAsync(Actor actor, Guid companyId, Guid userId, CancellationToken cancellationToken)
    {
        var company = await companies.FindAsync(companyId, cancellationToken);
        if (CompanyAccess.RequireAdmin(company, actor.UserId, "remove members") is { } denied)
        {
            return denied;
        }
        var removed = company!.RemoveMember(userId, time.GetUtcNow());
        if (!removed.IsSuccess)
        {
            return removed.Error;
        }
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }
}
