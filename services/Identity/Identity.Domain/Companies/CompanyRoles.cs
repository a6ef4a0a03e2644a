namespace AiVideo.Identity.Domain.Companies;

/// <summary>The roles as they appear in tokens and JSON: <c>ADMIN</c> and <c>MEMBER</c>.</summary>
public static class CompanyRoles
{
    public const string Admin = Roles.Admin;
    public const string Member = Roles.Member;

    public static string ToName(this CompanyRole role) => role == CompanyRole.Admin ? Admin : Member;

    public static bool TryParse(string? name, out CompanyRole role)
    {
        switch (name?.Trim().ToUpperInvariant())
        {
            case Admin:
                role = CompanyRole.Admin;
                return true;
            case Member:
                role = CompanyRole.Member;
                return true;
            default:
                role = CompanyRole.Member;
                return false;
        }
    }
}
