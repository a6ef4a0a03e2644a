using AiVideo.Identity.Domain.Invitations;
using AiVideo.SharedKernel.Paging;

namespace AiVideo.Identity.Application.Abstractions;

public interface IInvitations
{
    void Add(Invitation invitation);

    Task<Invitation?> FindAsync(Guid invitationId, CancellationToken cancellationToken);

    Task<Invitation?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken);

    Task<CursorPage<Invitation>> ListAsync(Guid companyId, PageRequest page, CancellationToken cancellationToken);
}
