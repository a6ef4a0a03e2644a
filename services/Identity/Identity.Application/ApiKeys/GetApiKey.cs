namespace AiVideo.Identity.Application.ApiKeys;

/// <summary>One key of the caller's company, without its secret: to its creator or a company admin (anyone else: not found).</summary>
public sealed class GetApiKey(ICompanies companies, IApiKeys keys)
{
    public async Task<Result<ApiKeyView>> ExecuteAsync(Actor actor, Guid keyId, CancellationToken cancellationToken)
    {
        var key = await keys.FindAsync(keyId, cancellationToken);
        if (key is null || key.CompanyId != actor.CompanyId)
        {
            return Error.NotFound("API key");
        }
        var membership = (await companies.FindAsync(key.CompanyId, cancellationToken))?.MembershipOf(actor.UserId);
        return membership is null || (membership.Role != CompanyRole.Admin && key.CreatedBy != actor.UserId)
            ? Error.NotFound("API key")
            : ApiKeyView.Of(key);
    }
}
