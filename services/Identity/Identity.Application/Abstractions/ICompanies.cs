using AiVideo.SharedKernel.Paging;

namespace AiVideo.Identity.Application.Abstractions;

public interface ICompanies
{
    /// <summary>The company with all its members.</summary>
    Task<Company?> FindAsync(Guid companyId, CancellationToken cancellationToken);

    void Add(Company company);

    /// <summary>The user's memberships, most recently joined first.</summary>
    Task<IReadOnlyList<Membership>> MembershipsOfAsync(Guid userId, CancellationToken cancellationToken);

    Task<CursorPage<MemberView>> ListMembersAsync(Guid companyId, PageRequest page, CancellationToken cancellationToken);

    Task<MemberView?> FindMemberAsync(Guid companyId, Guid userId, CancellationToken cancellationToken);
}
