namespace AiVideo.Identity.Domain.Companies;

/// <summary>What a member may do in a company: ADMIN manages the company, its users and everything in it; MEMBER manages their own work.</summary>
public enum CompanyRole
{
    Member,
    Admin,
}
