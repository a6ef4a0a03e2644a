using System.Security.Claims;
using AiVideo.Identity.Application.Accounts;

namespace AiVideo.Identity.Api.Endpoints;

public static class UserEndpoints
{
    public sealed record UpdateUserRequest(string? Name, string? Email, string? CurrentPassword, string? NewPassword);

    public static RouteGroupBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/users").WithTags("Users").RequireAuthorization(IdentityPolicies.UserSession);
        group.MapPatch("/{id:guid}", UpdateAsync).WithName("UpdateUser")
            .WithSummary("Changes a user's name (self or a company admin), email or password (self).")
            .Produces<UserView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<IResult> UpdateAsync(Guid id, UpdateUserRequest request, ClaimsPrincipal user, UpdateUser update, CancellationToken cancellationToken) =>
        (await update.ExecuteAsync(user.ToActor(), new UpdateUser.Command(id, request.Name, request.Email, request.CurrentPassword, request.NewPassword), cancellationToken))
            .ToHttp(view => TypedResults.Ok(view));
}
