using AiVideo.BuildingBlocks.Paging;
using AiVideo.Identity.Domain.Invitations;
using AiVideo.SharedKernel.Paging;

namespace AiVideo.Identity.Infrastructure.Repositories;

internal sealed class EfInvitations(IdentityContext db) : IInvitations
{
    public void Add(Invitation invitation) => db.Invitations.Add(invitation);

    public Task<Invitation?> FindAsync(Guid invitationId, CancellationToken cancellationToken) =>
        db.Invitations.FirstOrDefaultAsync(i => i.Id == invitationId, cancellationToken);

    public Task<Invitation?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken) =>
        db.Invitations.FirstOrDefaultAsync(i => i.TokenHash == tokenHash, cancellationToken);

    public Task<CursorPage<Invitation>> ListAsync(Guid companyId, PageRequest page, CancellationToken cancellationToken) =>
        db.Invitations.AsNoTracking().Where(i => i.CompanyId == companyId).ToCursorPageAsync(i => i.Id, page, cancellationToken);
}
