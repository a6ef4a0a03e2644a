using System.Security.Claims;
using AiVideo.Identity.Application.Accounts;
using AiVideo.Identity.Application.ApiKeys;

namespace AiVideo.Identity.Api.Endpoints;

public static class UserEndpoints
{
    /// <param name="RevokeApiKeys">With <paramref name="NewPassword"/>: also revoke the API keys the user created that still work.</param>
    public sealed record UpdateUserRequest(string? Name, string? Email, string? CurrentPassword, string? NewPassword, bool? RevokeApiKeys);

    /// <summary>
    /// The user; after a password change also <see cref="ApiKeys"/>, the keys they created that still worked (in any
    /// company), and whether they were revoked by this change.
    /// </summary>
    public sealed record UpdateUserResponse(
        Guid Id, string Email, string Name, Guid? CompanyId, string? Role, IReadOnlyList<ApiKeyView>? ApiKeys, bool? ApiKeysRevoked);

    public static RouteGroupBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/users").WithTags("Users").RequireAuthorization(IdentityPolicies.UserSession);
        group.MapPatch("/{id:guid}", UpdateAsync).WithName("UpdateUser")
            .WithSummary("Changes a user's name (self or a company admin), or with the current password their email or password (self); "
                + "a new password ends every session and lists (with revokeApiKeys: revokes) the user's API keys.")
            .Produces<UpdateUserResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return group;
    }

    private static async Task<IResult> UpdateAsync(
        Guid id, UpdateUserRequest request, ClaimsPrincipal user, HttpContext http, UpdateUser update, CancellationToken cancellationToken) =>
        (await update.ExecuteAsync(user.ToActor(), new UpdateUser.Command(
                id, request.Name, request.Email, request.CurrentPassword, request.NewPassword, request.RevokeApiKeys ?? false, ClientAddress.Of(http)), cancellationToken))
            .ToHttp(updated => TypedResults.Ok(new UpdateUserResponse(updated.User.Id, updated.User.Email, updated.User.Name, updated.User.CompanyId,
                updated.User.Role, updated.ApiKeys, updated.ApiKeys is null ? null : updated.ApiKeysRevoked)));
}
