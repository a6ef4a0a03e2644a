using System.Security.Claims;
using AiVideo.Identity.Api.TokenServer;
using AiVideo.Identity.Application.Invitations;

namespace AiVideo.Identity.Api.Endpoints;

public static class InvitationEndpoints
{
    /// <summary>Where an invitation is accepted; its token travels in the body, so no URL (and no access log) ever holds it.</summary>
    public const string AcceptPath = FirstPartyRoutes.AcceptInvitation;

    public sealed record AcceptRequest(string? Token, string? Password, string? Name);

    public static RouteGroupBuilder MapInvitationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/invitations").WithTags("Invitations");
        group.MapPost("/accept", AcceptAsync).AllowAnonymous().WithName("AcceptInvitation")
            .WithSummary("Joins the company with the invitation's token (in the body): signed in with the invited email, or with its password, or as a new account (name and password).")
            .Produces<AuthResponse>().Produces<AuthResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status410Gone);
        return group;
    }

    /// <summary>A token request to the token server (see <see cref="FirstPartyRoutes"/>): the session in the company is issued there.</summary>
    private static async Task<IResult> AcceptAsync(
        AcceptRequest request, ClaimsPrincipal user, HttpContext http, AcceptInvitation accept, CancellationToken cancellationToken)
    {
        var actor = user.IsUserSession() ? user.ToActor() : null;
        var accepted = await accept.ExecuteAsync(actor,
            new AcceptInvitation.Command(request.Token ?? "", request.Password, request.Name, ClientAddress.Of(http)), cancellationToken);
        return accepted.ToHttp(result => FirstPartySession.Issue(http, result.Session,
            result.AccountCreated ? StatusCodes.Status201Created : StatusCodes.Status200OK));
    }
}
