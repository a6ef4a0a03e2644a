using AiVideo.Identity.Domain.Invitations;
using AiVideo.Identity.Domain.Users;

namespace AiVideo.Identity.Application.Invitations;

/// <summary>An admin invites an email address into the company with a role.</summary>
public sealed class InviteMember(ICompanies companies, IInvitations invitations, IUserAccounts users, IUnitOfWork unitOfWork,
    IOptions<IdentityTokenOptions> options, TimeProvider time)
{
    public sealed record Command(Guid CompanyId, string Email, string? Role);

    private sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Email).ValidEmail();
            RuleFor(c => c.Role).Must(role => role is null || CompanyRoles.TryParse(role, out _))
                .WithMessage($"The role is {CompanyRoles.Admin} or {CompanyRoles.Member}.");
        }
    }

    private static readonly Validator Rules = new();

    public async Task<Result<CreatedInvitation>> ExecuteAsync(Actor actor, Command command, CancellationToken cancellationToken)
    {
        var company = await companies.FindAsync(command.CompanyId, cancellationToken);
        if (CompanyAccess.RequireAdmin(company, actor.UserId, "invite members") is { } denied)
        {
            return denied;
        }
        if (Validation.Check(Rules, command) is { } invalid)
        {
            return invalid;
        }

        EmailAddress.TryCreate(command.Email, out var email);
        if (await users.FindByEmailAsync(email.Value, cancellationToken) is { } existing && company!.MembershipOf(existing.Id) is not null)
        {
            return Error.Conflict("already_member", "That email belongs to a member of this company already.");
        }

        CompanyRoles.TryParse(command.Role ?? CompanyRoles.Member, out var role);
        var token = OpaqueTokens.New();
        var now = time.GetUtcNow();
        var invitation = Invitation.Create(company!.Id, email.Value, email.Normalized, role, OpaqueTokens.Hash(token), actor.UserId, now,
            options.Value.InvitationLifetime);
        invitations.Add(invitation);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return new CreatedInvitation(InvitationView.Of(invitation, now), token);
    }
}
