using AiVideo.SharedKernel.Paging;

namespace AiVideo.Identity.Application.ApiKeys;

/// <summary>The company's keys for an admin; a member sees the keys they created.</summary>
public sealed class ListApiKeys(ICompanies companies, IApiKeys keys)
{
    public async Task<Result<CursorPage<ApiKeyView>>> ExecuteAsync(Actor actor, PageRequest page, CancellationToken cancellationToken)
    {
        if (actor.CompanyId is not { } companyId)
        {
            return new CursorPage<ApiKeyView>([], null);
        }
        var membership = (await companies.FindAsync(companyId, cancellationToken))?.MembershipOf(actor.UserId);
        if (membership is null)
        {
            return Error.NotFound("company");
        }
        var createdBy = membership.Role == CompanyRole.Admin ? (Guid?)null : actor.UserId;
        return (await keys.ListAsync(companyId, createdBy, page, cancellationToken)).Map(ApiKeyView.Of);
    }
}
