namespace AiVideo.Identity.Domain.Companies;

/// <summary>
/// A company and its members. It always keeps at least one admin: the last one can be neither removed nor demoted.
/// Every change of membership touches the company, so concurrent changes conflict instead of both passing that check.
/// </summary>
public sealed class Company
{
    public const int MaxNameLength = 100;

    public const int MaxPlanLength = 32;

    private readonly List<Membership> _members = [];

    private Company()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Who created the company (null for companies created before this was recorded): a user may found only so many.</summary>
    public Guid? FoundedBy { get; private set; }

    /// <summary>The plan the company is on, which says how much storage it draws on (its founder's one allowance).</summary>
    public string Plan { get; private set; } = "";

    /// <summary>The row version (PostgreSQL's xmin), for optimistic concurrency.</summary>
    public uint Version { get; private set; }

    public IReadOnlyCollection<Membership> Members => _members;

    public static Result<Company> Found(string name, Guid founderId, string plan, DateTimeOffset now)
    {
        if (CheckName(name) is { } invalid)
        {
            return invalid;
        }
        if (string.IsNullOrWhiteSpace(plan) || plan.Length > MaxPlanLength)
        {
            throw new ArgumentException($"A plan is named by 1 to {MaxPlanLength} characters.", nameof(plan));
        }
        var company = new Company
        {
            Id = Guid.CreateVersion7(now), Name = name.Trim(), CreatedAt = now, UpdatedAt = now, FoundedBy = founderId, Plan = plan,
        };
        company._members.Add(new Membership(company.Id, founderId, CompanyRole.Admin, now));
        return company;
    }

    public Membership? MembershipOf(Guid userId) => _members.FirstOrDefault(m => m.UserId == userId);

    public Result Rename(string name, DateTimeOffset now)
    {
        if (CheckName(name) is { } invalid)
        {
            return invalid;
        }
        Name = name.Trim();
        UpdatedAt = now;
        return Result.Success;
    }

    public Result AddMember(Guid userId, CompanyRole role, DateTimeOffset now)
    {
        if (MembershipOf(userId) is not null)
        {
            return Error.Conflict("already_member", "The user is already a member of this company.");
        }
        _members.Add(new Membership(Id, userId, role, now));
        UpdatedAt = now;
        return Result.Success;
    }

    public Result RemoveMember(Guid userId, DateTimeOffset now)
    {
        var membership = MembershipOf(userId);
        if (membership is null)
        {
            return Error.NotFound("member");
        }
        if (membership.Role == CompanyRole.Admin && AdminCount == 1)
        {
            return Error.Conflict("last_admin", "The last admin of a company cannot be removed; make another member admin first.");
        }
        _members.Remove(membership);
        UpdatedAt = now;
        return Result.Success;
    }

    public Result ChangeRole(Guid userId, CompanyRole role, DateTimeOffset now)
    {
        var membership = MembershipOf(userId);
        if (membership is null)
        {
            return Error.NotFound("member");
        }
        if (membership.Role == CompanyRole.Admin && role != CompanyRole.Admin && AdminCount == 1)
        {
            return Error.Conflict("last_admin", "The last admin of a company cannot stop being admin; make another member admin first.");
        }
        membership.Role = role;
        UpdatedAt = now;
        return Result.Success;
    }

    private int AdminCount => _members.Count(m => m.Role == CompanyRole.Admin);

    private static Error? CheckName(string name) => string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxNameLength
        ? Error.Validation("name", $"A company name has 1 to {MaxNameLength} characters.")
        : null;
}
