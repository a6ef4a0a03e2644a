using AiVideo.SharedKernel.Paging;

namespace AiVideo.Identity.Application.Companies;

public sealed class ListMembers(ICompanies companies)
{
    public async Task<Result<CursorPage<MemberView>>> ExecuteAsync(Actor actor, Guid companyId, PageRequest page, CancellationToken cancellationToken)
    {
        var company = await companies.FindAsync(companyId, cancellationToken);
        if (CompanyAccess.RequireMember(company, actor.UserId) is { } denied)
        {
            return denied;
        }
        return await companies.ListMembersAsync(companyId, page, cancellationToken);
    }
}
