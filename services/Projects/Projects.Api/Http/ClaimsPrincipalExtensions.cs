namespace AiVideo.Projects.Api.Http;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The caller: their user id, their company (tokens passing <c>RequireScope</c> have one) and whether they administer it.</summary>
    public static Actor ToActor(this ClaimsPrincipal user) => new(
        Guid.TryParse(user.FindFirstValue(ClaimNames.Subject), out var userId) ? userId : Guid.Empty,
        Guid.Parse(user.FindFirstValue(ClaimNames.CompanyId)!),
        user.FindFirstValue(ClaimNames.Role) == Roles.Admin);
}
