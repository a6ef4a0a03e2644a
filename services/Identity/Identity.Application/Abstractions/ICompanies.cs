using AiVideo.SharedKernel.Paging;

namespace AiVideo.Identity.Application.Abstractions;

public interface ICompanies
{
    /// <summary>The company with all its members.</summary>
    Task<Company?> FindAsync(Guid companyId, CancellationToken cancellationToken);

    void Add(Company company);

    /// <summary>Holds the founder's lock until the current transaction ends, so one user's foundings take turns.</summary>
    Task LockFoundingAsync(Guid founderId, CancellationToken cancellationToken);

    /// <summary>How many companies the user has founded.</summary>
    Task<int> CountFoundedByAsync(Guid founderId, CancellationToken cancellationToken);

    /// <summary>The user's memberships, most recently joined first.</summary>
    Task<IReadOnlyList<Membership>> MembershipsOfAsync(Guid userId, CancellationToken cancellationToken);

    Task<CursorPage<MemberView>> ListMembersAsync(Guid companyId, PageRequest page, CancellationToken cancellationToken);

    Task<MemberView?> FindMemberAsync(Guid companyId, Guid userId, CancellationToken cancellationToken);
}
