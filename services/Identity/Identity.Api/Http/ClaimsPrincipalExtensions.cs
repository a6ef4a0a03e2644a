using System.Security.Claims;

namespace AiVideo.Identity.Api.Http;

public static class ClaimsPrincipalExtensions
{
    public static Actor ToActor(this ClaimsPrincipal user) => new(
        Guid.Parse(user.FindFirstValue("sub")!),
        Guid.TryParse(user.FindFirstValue("company_id"), out var companyId) ? companyId : null);

    public static Guid? SessionId(this ClaimsPrincipal user) => Guid.TryParse(user.FindFirstValue("sid"), out var id) ? id : null;

    public static bool IsUserSession(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && ServiceDefaults.Authentication.AuthorizationPolicies.HasScope(user, TokenScopes.User)
        && Guid.TryParse(user.FindFirstValue("sub"), out _);
}
