using System.Security.Claims;
using AiVideo.Webhooks.Application.Common;

namespace AiVideo.Webhooks.Api.Http;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The caller's company and whether they administer it (tokens passing <c>RequireScope</c> have a company; an API key's carry its creator's role).</summary>
    public static Caller ToCaller(this ClaimsPrincipal user) =>
        new(Guid.Parse(user.FindFirstValue(ClaimNames.CompanyId)!), user.FindFirstValue(ClaimNames.Role) == Roles.Admin);
}
