namespace AiVideo.Identity.Application.ApiKeys;

/// <summary>Revokes a key at once (its creator or a company admin); tokens it already yielded live out their few minutes.</summary>
public sealed class RevokeApiKey(ICompanies companies, IApiKeys keys, IUnitOfWork unitOfWork, TimeProvider time)
{
    public async Task<Result> ExecuteAsync(Actor actor, Guid keyId, CancellationToken cancellationToken)
    {
        var key = await keys.FindAsync(keyId, cancellationToken);
        if (key is null || key.CompanyId != actor.CompanyId)
        {
            return Error.NotFound("API key");
        }
        var membership = (await companies.FindAsync(key.CompanyId, cancellationToken))?.MembershipOf(actor.UserId);
        if (membership is null || (membership.Role != CompanyRole.Admin && key.CreatedBy != actor.UserId))
        {
            return Error.NotFound("API key");
        }
        key.Revoke(time.GetUtcNow());
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }
}
