namespace AiVideo.Identity.Application.Accounts;

/// <summary>
/// Updates a user: the user themselves may change name, email and password; an admin of a company the user belongs to
/// may change the name. Anyone else is told there is no such user.
/// </summary>
public sealed class UpdateUser(IUserAccounts users, ICompanies companies, ISessions sessions, IUnitOfWork unitOfWork)
{
    public sealed record Command(Guid UserId, string? Name, string? Email, string? CurrentPassword, string? NewPassword);

    private sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name!).ValidPersonName().When(c => c.Name is not null);
            RuleFor(c => c.Email!).ValidEmail().When(c => c.Email is not null);
            RuleFor(c => c.NewPassword!).PresentPassword().When(c => c.NewPassword is not null);
            RuleFor(c => c.CurrentPassword).NotEmpty().When(c => c.NewPassword is not null)
                .WithMessage("The current password is needed to set a new one.");
            RuleFor(c => c).Must(c => c.Name is not null || c.Email is not null || c.NewPassword is not null)
                .WithName("body").WithMessage("Nothing to change: send name, email or newPassword.");
        }
    }

    private static readonly Validator Rules = new();

    public async Task<Result<UserView>> ExecuteAsync(Actor actor, Command command, CancellationToken cancellationToken)
    {
        if (Validation.Check(Rules, command) is { } invalid)
        {
            return invalid;
        }

        var target = await users.FindAsync(command.UserId, cancellationToken);
        if (target is null)
        {
            return Error.NotFound("user");
        }
        var self = actor.UserId == command.UserId;
        if (!self && !await IsAdminOverAsync(actor.UserId, target.Id, cancellationToken))
        {
            return Error.NotFound("user");
        }
        if (!self && (command.Email is not null || command.NewPassword is not null))
        {
            return Error.Forbidden("Only the user can change their own email or password.");
        }

        return await unitOfWork.InTransactionAsync<UserView>(async () =>
        {
            if (command.NewPassword is not null)
            {
                var changed = await users.ChangePasswordAsync(target.Id, command.CurrentPassword!, command.NewPassword, cancellationToken);
                if (!changed.IsSuccess)
                {
                    return changed.Error;
                }
                await sessions.RevokeAllAsync(target.Id, cancellationToken);
            }
            var updated = await users.UpdateProfileAsync(target.Id, command.Name?.Trim(), command.Email?.Trim(), cancellationToken);
            if (!updated.IsSuccess)
            {
                return updated.Error;
            }
            await unitOfWork.SaveChangesAsync(cancellationToken);
            var membership = actor.CompanyId is { } companyId
                ? (await companies.MembershipsOfAsync(target.Id, cancellationToken)).FirstOrDefault(m => m.CompanyId == companyId)
                : null;
            return new UserView(updated.Value.Id, updated.Value.Email, updated.Value.Name, membership?.CompanyId, membership?.Role.ToName());
        }, cancellationToken);
    }

    private async Task<bool> IsAdminOverAsync(Guid adminId, Guid userId, CancellationToken cancellationToken)
    {
        var adminOf = (await companies.MembershipsOfAsync(adminId, cancellationToken)).Where(m => m.Role == CompanyRole.Admin).Select(m => m.CompanyId);
        var memberOf = (await companies.MembershipsOfAsync(userId, cancellationToken)).Select(m => m.CompanyId);
        return adminOf.Intersect(memberOf).Any();
    }
}
