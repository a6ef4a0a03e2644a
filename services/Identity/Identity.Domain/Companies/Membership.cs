namespace AiVideo.Identity.Domain.Companies;

/// <summary>A user's place in a company, with the role they hold there.</summary>
public sealed class Membership
{
    private Membership()
    {
    }

    internal Membership(Guid companyId, Guid userId, CompanyRole role, DateTimeOffset joinedAt)
    {
        CompanyId = companyId;
        UserId = userId;
        Role = role;
        JoinedAt = joinedAt;
    }

    public Guid CompanyId { get; private set; }

    public Guid UserId { get; private set; }

    public CompanyRole Role { get; internal set; }

    public DateTimeOffset JoinedAt { get; private set; }
}
