using System.Security.Claims;
using AiVideo.Identity.Application.Invitations;

namespace AiVideo.Identity.Api.Endpoints;

public static class InvitationEndpoints
{
    public sealed record AcceptRequest(string? Password, string? Name);

    public static RouteGroupBuilder MapInvitationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/invitations").WithTags("Invitations");
        group.MapPost("/{token}/accept", AcceptAsync).AllowAnonymous().WithName("AcceptInvitation")
            .WithSummary("Joins the company: signed in with the invited email, or with its password, or as a new account (name and password).")
            .Produces<AuthResponse>().Produces<AuthResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status410Gone);
        return group;
    }

    private static async Task<IResult> AcceptAsync(string token, AcceptRequest? request, ClaimsPrincipal user, AcceptInvitation accept, CancellationToken cancellationToken)
    {
        var actor = user.IsUserSession() ? user.ToActor() : null;
        var accepted = await accept.ExecuteAsync(actor, new AcceptInvitation.Command(token, request?.Password, request?.Name), cancellationToken);
        return accepted.ToHttp(result => result.AccountCreated
            ? TypedResults.Created("/api/auth/profile", AuthResponse.From(result.Tokens))
            : TypedResults.Ok(AuthResponse.From(result.Tokens)));
    }
}
