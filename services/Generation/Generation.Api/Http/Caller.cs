using System.Security.Claims;

namespace AiVideo.Generation.Api.Http;

/// <summary>The caller as their token says: company, user (none for an API key without one) and whether they administer the company.</summary>
public sealed record Caller(Guid CompanyId, Guid? UserId, bool IsAdmin)
{
    /// <summary>Tokens that passed a scope requirement carry a company.</summary>
    public static Caller Of(ClaimsPrincipal user) => new(
        Guid.Parse(user.FindFirstValue(ClaimNames.CompanyId)!),
        Guid.TryParse(user.FindFirstValue(ClaimNames.Subject), out var userId) ? userId : null,
        user.FindFirstValue(ClaimNames.Role) == Roles.Admin);
}
