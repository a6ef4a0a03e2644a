namespace AiVideo.Identity.Application.Common;

/// <summary>
/// Company-scoped access, decided from the stored membership (not the token's role claim, which may be up to one access
/// token lifetime old): a non-member sees nothing (404), a member who is not admin may not manage (403).
/// </summary>
public static class CompanyAccess
{
    public static Error? RequireMember(Company? company, Guid userId) =>
        company?.MembershipOf(userId) is null ? Error.NotFound("company") : null;

    public static Error? RequireAdmin(Company? company, Guid userId, string action) =>
        RequireMember(company, userId) ?? (company!.MembershipOf(userId)!.Role == CompanyRole.Admin
            ? null
            : Error.Forbidden($"Only a company admin can {action}."));
}
