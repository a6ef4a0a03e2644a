using System.Security.Claims;
using AiVideo.BuildingBlocks.Idempotency;
using AiVideo.Identity.Application.Abstractions;
using AiVideo.Identity.Application.Companies;
using AiVideo.Identity.Application.Invitations;
using AiVideo.SharedKernel.Paging;

namespace AiVideo.Identity.Api.Endpoints;

public static class CompanyEndpoints
{
    public sealed record CompanyRequest(string? Name);

    public sealed record RoleRequest(string? Role);

    public sealed record InvitationRequest(string? Email, string? Role);

    /// <summary>
    /// A new invitation with its token (shown once) and where the invitee accepts it (the token goes in the body there,
    /// never in a URL); the answer to a repeated invitation has no token, and <see cref="TokenNotice"/> says why.
    /// </summary>
    public sealed record InvitationCreatedResponse(InvitationView Invitation, string? Token, string AcceptPath, string? TokenNotice = null);

    public static RouteGroupBuilder MapCompaniesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/companies").WithTags("Companies").RequireAuthorization(IdentityPolicies.UserSession);
        group.MapPost("/", CreateAsync).WithIdempotency().WithName("CreateCompany")
            .WithSummary("Creates a company with the caller as its admin.").Produces<CompanyView>(StatusCodes.Status201Created).ProducesValidationProblem();
        group.MapGet("/{id:guid}", GetAsync).WithName("GetCompany").Produces<CompanyView>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPatch("/{id:guid}", UpdateAsync).WithName("UpdateCompany").WithSummary("Renames the company (admin).")
            .Produces<CompanyView>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:guid}/users", MembersAsync).WithName("ListMembers").Produces<CursorPage<MemberView>>();
        group.MapDelete("/{id:guid}/users/{userId:guid}", RemoveAsync).WithName("RemoveMember")
            .WithSummary("Removes a member (admin; never the last admin).").ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{id:guid}/users/{userId:guid}/role", ChangeRoleAsync).WithName("ChangeMemberRole")
            .WithSummary("Makes a member ADMIN or MEMBER (admin; never leaves the company without an admin).").Produces<MemberView>();
        group.MapPost("/{id:guid}/invitations", InviteAsync).WithIdempotencyRebuiltBy<InvitationCreationReplay>().WithName("InviteMember")
            .WithSummary("Invites an email with a role (admin); the token is shown once.").Produces<InvitationCreatedResponse>(StatusCodes.Status201Created);
        group.MapGet("/{id:guid}/invitations", InvitationsAsync).WithName("ListInvitations").Produces<CursorPage<InvitationView>>();
        group.MapDelete("/{id:guid}/invitations/{invitationId:guid}", RevokeInvitationAsync).WithName("RevokeInvitation");
        return group;
    }

    private static async Task<IResult> CreateAsync(CompanyRequest request, ClaimsPrincipal user, CreateCompany create, CancellationToken cancellationToken) =>
        (await create.ExecuteAsync(user.ToActor(), request.Name, cancellationToken))
            .ToHttp(company => TypedResults.Created($"/api/companies/{company.Id}", company));

    private static async Task<IResult> GetAsync(Guid id, ClaimsPrincipal user, GetCompany get, CancellationToken cancellationToken) =>
        (await get.ExecuteAsync(user.ToActor(), id, cancellationToken)).ToHttp(company => TypedResults.Ok(company));

    private static async Task<IResult> UpdateAsync(Guid id, CompanyRequest request, ClaimsPrincipal user, UpdateCompany update, CancellationToken cancellationToken) =>
        (await update.ExecuteAsync(user.ToActor(), id, request.Name, cancellationToken)).ToHttp(company => TypedResults.Ok(company));

    private static async Task<IResult> MembersAsync(Guid id, string? cursor, int? limit, ClaimsPrincipal user, ListMembers list, CancellationToken cancellationToken)
    {
        if (!ResultHttpExtensions.TryGetPage(cursor, limit, out var page, out var problem))
        {
            return problem!;
        }
        return (await list.ExecuteAsync(user.ToActor(), id, page, cancellationToken)).ToHttp(members => TypedResults.Ok(members));
    }

    private static async Task<IResult> RemoveAsync(Guid id, Guid userId, ClaimsPrincipal user, RemoveMember remove, CancellationToken cancellationToken) =>
        (await remove.ExecuteAsync(user.ToActor(), id, userId, cancellationToken)).ToHttp(() => TypedResults.NoContent());

    private static async Task<IResult> ChangeRoleAsync(Guid id, Guid userId, RoleRequest request, ClaimsPrincipal user, ChangeMemberRole change, CancellationToken cancellationToken) =>
        (await change.ExecuteAsync(user.ToActor(), id, userId, request.Role, cancellationToken)).ToHttp(member => TypedResults.Ok(member));

    private static async Task<IResult> InviteAsync(
        Guid id, InvitationRequest request, ClaimsPrincipal user, HttpContext http, InviteMember invite, CancellationToken cancellationToken) =>
        (await invite.ExecuteAsync(user.ToActor(), new InviteMember.Command(id, request.Email ?? "", request.Role), cancellationToken))
            .ToHttp(created =>
            {
                http.SetIdempotentResource(created.Invitation.Id);
                return TypedResults.Created($"/api/companies/{id}/invitations",
                    new InvitationCreatedResponse(created.Invitation, created.Token, InvitationEndpoints.AcceptPath));
            });

    private static async Task<IResult> InvitationsAsync(Guid id, string? cursor, int? limit, ClaimsPrincipal user, ListInvitations list, CancellationToken cancellationToken)
    {
        if (!ResultHttpExtensions.TryGetPage(cursor, limit, out var page, out var problem))
        {
            return problem!;
        }
        return (await list.ExecuteAsync(user.ToActor(), id, page, cancellationToken)).ToHttp(invitations => TypedResults.Ok(invitations));
    }

    private static async Task<IResult> RevokeInvitationAsync(Guid id, Guid invitationId, ClaimsPrincipal user, RevokeInvitation revoke, CancellationToken cancellationToken) =>
        (await revoke.ExecuteAsync(user.ToActor(), id, invitationId, cancellationToken)).ToHttp(() => TypedResults.NoContent());
}
