using AiVideo.BuildingBlocks.Paging;
using AiVideo.Identity.Domain.Companies;
using AiVideo.SharedKernel.Paging;

namespace AiVideo.Identity.Infrastructure.Repositories;

internal sealed class EfCompanies(IdentityContext db) : ICompanies
{
    public Task<Company?> FindAsync(Guid companyId, CancellationToken cancellationToken) =>
        db.Companies.Include(c => c.Members).FirstOrDefaultAsync(c => c.Id == companyId, cancellationToken);

    public void Add(Company company) => db.Companies.Add(company);

    public async Task LockFoundingAsync(Guid founderId, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("The founder's lock is held by a transaction; found companies inside one.");
        }
        var key = $"identity:founding:{founderId}";
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({key}, 0))", cancellationToken);
    }

    public Task<int> CountFoundedByAsync(Guid founderId, CancellationToken cancellationToken) =>
        db.Companies.CountAsync(c => c.FoundedBy == founderId, cancellationToken);

    public async Task<IReadOnlyList<Membership>> MembershipsOfAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.Memberships.AsNoTracking().Where(m => m.UserId == userId).OrderByDescending(m => m.JoinedAt).ToListAsync(cancellationToken);

    public async Task<CursorPage<MemberView>> ListMembersAsync(Guid companyId, PageRequest page, CancellationToken cancellationToken)
    {
        var members = await Members(companyId).ToCursorPageAsync(m => m.UserId, page, cancellationToken);
        return members.Map(m => new MemberView(m.UserId, m.Email, m.Name, m.Role.ToName(), m.JoinedAt));
    }

    public async Task<MemberView?> FindMemberAsync(Guid companyId, Guid userId, CancellationToken cancellationToken) =>
        await Members(companyId).Where(m => m.UserId == userId)
            .Select(m => new MemberView(m.UserId, m.Email, m.Name, m.Role == CompanyRole.Admin ? CompanyRoles.Admin : CompanyRoles.Member, m.JoinedAt))
            .FirstOrDefaultAsync(cancellationToken);

    private IQueryable<MemberRow> Members(Guid companyId) =>
        from membership in db.Memberships.AsNoTracking()
        join user in db.Users on membership.UserId equals user.Id
        where membership.CompanyId == companyId
        select new MemberRow { UserId = membership.UserId, Email = user.Email!, Name = user.Name, Role = membership.Role, JoinedAt = membership.JoinedAt };

    /// <summary>An initializer projection (not a constructor), so EF can translate filters and ordering on its members.</summary>
    private sealed class MemberRow
    {
        public Guid UserId { get; init; }
        public string Email { get; init; } = "";
        public string Name { get; init; } = "";
        public CompanyRole Role { get; init; }
        public DateTimeOffset JoinedAt { get; init; }
    }
}
