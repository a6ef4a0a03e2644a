namespace AiVideo.Identity.Application.Invitations;

public sealed class RevokeInvitation(ICompanies companies, IInvitations invitations, IUnitOfWork unitOfWork, TimeProvider time)
{
    public async Task<Result> ExecuteAsync(Actor actor, Guid companyId, Guid invitationId, CancellationToken cancellationToken)
    {
        var company = await companies.FindAsync(companyId, cancellationToken);
        if (CompanyAccess.RequireAdmin(company, actor.UserId, "revoke invitations") is { } denied)
        {
            return denied;
        }
        var invitation = await invitations.FindAsync(invitationId, cancellationToken);
        if (invitation is null || invitation.CompanyId != companyId)
        {
            return Error.NotFound("invitation");
        }
        invitation.Revoke(time.GetUtcNow());
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }
}
