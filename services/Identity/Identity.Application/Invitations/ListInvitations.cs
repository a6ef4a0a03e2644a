using AiVideo.SharedKernel.Paging;

namespace AiVideo.Identity.Application.Invitations;

public sealed class ListInvitations(ICompanies companies, IInvitations invitations, TimeProvider time)
{
    public async Task<Result<CursorPage<InvitationView>>> ExecuteAsync(Actor actor, Guid companyId, PageRequest page, CancellationToken cancellationToken)
    {
        var company = await companies.FindAsync(companyId, cancellationToken);
        if (CompanyAccess.RequireAdmin(company, actor.UserId, "see invitations") is { } denied)
        {
            return denied;
        }
        var now = time.GetUtcNow();
        return (await invitations.ListAsync(companyId, page, cancellationToken)).Map(i => InvitationView.Of(i, now));
    }
}
