using System.Security.Claims;

namespace AiVideo.Identity.Api.Http;

public static class ClaimsPrincipalExtensions
{
    public static Actor ToActor(this ClaimsPrincipal user) => new(
        Guid.Parse(user.FindFirstValue(ClaimNames.Subject)!),
        Guid.TryParse(user.FindFirstValue(ClaimNames.CompanyId), out var companyId) ? companyId : null);

    public static Guid? SessionId(this ClaimsPrincipal user) => Guid.TryParse(user.FindFirstValue(ClaimNames.SessionId), out var id) ? id : null;

    public static bool IsUserSession(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && ServiceDefaults.Authentication.AuthorizationPolicies.HasScope(user, Scopes.UserSession)
        && Guid.TryParse(user.FindFirstValue(ClaimNames.Subject), out _);
}
