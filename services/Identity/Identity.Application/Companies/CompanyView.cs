namespace AiVideo.Identity.Application.Companies;

/// <summary>A company as its members see it, with the caller's own role.</summary>
public sealed record CompanyView(Guid Id, string Name, DateTimeOffset CreatedAt, int MemberCount, string Role)
{
    public static CompanyView Of(Company company, Guid viewer) =>
        new(company.Id, company.Name, company.CreatedAt, company.Members.Count, company.MembershipOf(viewer)!.Role.ToName());
}
