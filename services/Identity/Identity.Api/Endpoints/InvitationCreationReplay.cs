using AiVideo.BuildingBlocks.Idempotency;
using AiVideo.Identity.Application.Invitations;

namespace AiVideo.Identity.Api.Endpoints;

/// <summary>
/// Answers a repeated invitation (same <c>Idempotency-Key</c> and body) from the invitation it created, without its
/// token, which was shown once and is stored only as a hash.
/// </summary>
public sealed class InvitationCreationReplay(GetInvitation get) : IIdempotentReplay
{
    public const string TokenNotice =
        "This repeats an earlier invitation: its token was shown only in the first answer and is not stored anywhere. "
        + "If it was lost, revoke this invitation and invite again.";

    public async Task<IResult> ReplayAsync(HttpContext http, string resourceId, CancellationToken cancellationToken)
    {
        var companyId = Guid.Parse(http.GetRouteValue("id")?.ToString() ?? "");
        return (await get.ExecuteAsync(http.User.ToActor(), companyId, Guid.Parse(resourceId), cancellationToken))
            .ToHttp(invitation => TypedResults.Created($"/api/companies/{companyId}/invitations",
                new CompanyEndpoints.InvitationCreatedResponse(invitation, null, InvitationEndpoints.AcceptPath, TokenNotice)));
    }
}
