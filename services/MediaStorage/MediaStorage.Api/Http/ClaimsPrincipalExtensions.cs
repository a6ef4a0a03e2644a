using System.Security.Claims;

namespace AiVideo.MediaStorage.Api.Http;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The caller's company, user and whether they administer the company (tokens passing <c>RequireScope</c> have a company).</summary>
    public static FileOwner ToFileOwner(this ClaimsPrincipal user) => new(
        Guid.Parse(user.FindFirstValue(ClaimNames.CompanyId)!),
        Guid.TryParse(user.FindFirstValue(ClaimNames.Subject), out var userId) ? userId : null,
        user.FindFirstValue(ClaimNames.Role) == Roles.Admin);
}
