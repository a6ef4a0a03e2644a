namespace AiVideo.Identity.Application.Invitations;

/// <summary>One invitation of a company, without its token (admins only).</summary>
public sealed class GetInvitation(ICompanies companies, IInvitations invitations, TimeProvider time)
{
    public async Task<Result<InvitationView>> ExecuteAsync(Actor actor, Guid companyId, Guid invitationId, CancellationToken cancellationToken)
    {
        var company = await companies.FindAsync(companyId, cancellationToken);
        if (CompanyAccess.RequireAdmin(company, actor.UserId, "see invitations") is { } denied)
        {
            return denied;
        }
        var invitation = await invitations.FindAsync(invitationId, cancellationToken);
        return invitation is null || invitation.CompanyId != companyId
            ? Error.NotFound("invitation")
            : InvitationView.Of(invitation, time.GetUtcNow());
    }
}
