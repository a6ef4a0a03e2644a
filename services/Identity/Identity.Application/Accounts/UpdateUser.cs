using AiVideo.Identity.Application.ApiKeys;

namespace AiVideo.Identity.Application.Accounts;

/// <summary>
/// Updates a user: the user themselves may change name, email and password; an admin of a company the user belongs to
/// may change the name. Anyone else is told there is no such user. The email and the password change only with the
/// current password (checked and throttled like a sign-in). A new password ends every session of the user and lists the
/// API keys they created that still work, revoking them too when asked.
/// </summary>
public sealed class UpdateUser(IUserAccounts users, ICompanies companies, ISessions sessions, IApiKeys apiKeys, IUnitOfWork unitOfWork, TimeProvider time)
{
    /// <param name="RevokeApiKeys">With a new password: also revoke the API keys the user created that still work.</param>
    /// <param name="Client">Who is asking (the caller's network address), for throttling the current-password check.</param>
    public sealed record Command(
        Guid UserId, string? Name, string? Email, string? CurrentPassword, string? NewPassword, bool RevokeApiKeys = false, string Client = "");

    private sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name!).ValidPersonName().When(c => c.Name is not null);
            RuleFor(c => c.Email!).ValidEmail().When(c => c.Email is not null);
            RuleFor(c => c.NewPassword!).PresentPassword().When(c => c.NewPassword is not null);
            RuleFor(c => c.CurrentPassword).NotEmpty().When(c => c.NewPassword is not null || c.Email is not null)
                .WithMessage("The current password is needed to change the email or the password.");
            RuleFor(c => c.RevokeApiKeys).Equal(false).When(c => c.NewPassword is null)
                .WithMessage("API keys are revoked together with a password change (send newPassword), or one by one.");
            RuleFor(c => c).Must(c => c.Name is not null || c.Email is not null || c.NewPassword is not null)
                .WithName("body").WithMessage("Nothing to change: send name, email or newPassword.");
        }
    }

    private static readonly Validator Rules = new();

    public async Task<Result<UpdatedUser>> ExecuteAsync(Actor actor, Command command, CancellationToken cancellationToken)
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
        if ((command.Email is not null || command.NewPassword is not null) && await CheckCurrentPasswordAsync(target, command, cancellationToken) is { } refused)
        {
            return refused;
        }

        return await unitOfWork.InTransactionAsync<UpdatedUser>(async () =>
        {
            IReadOnlyList<ApiKeyView>? keys = null;
            if (command.NewPassword is not null)
            {
                var changed = await users.ChangePasswordAsync(target.Id, command.CurrentPassword!, command.NewPassword, cancellationToken);
                if (!changed.IsSuccess)
                {
                    return changed.Error;
                }
                await sessions.RevokeAllAsync(target.Id, cancellationToken);
                keys = await ApiKeysAfterPasswordChangeAsync(target.Id, command.RevokeApiKeys, cancellationToken);
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
            var view = new UserView(updated.Value.Id, updated.Value.Email, updated.Value.Name, membership?.CompanyId, membership?.Role.ToName());
            return new UpdatedUser(view, keys, keys is not null && command.RevokeApiKeys);
        }, cancellationToken);
    }

    /// <summary>The current password, checked (and counted) as a sign-in of this user from this client is.</summary>
    private async Task<Error?> CheckCurrentPasswordAsync(UserAccountView target, Command command, CancellationToken cancellationToken) =>
        await users.CheckPasswordAsync(target.Email, command.CurrentPassword!, command.Client, cancellationToken) switch
        {
            PasswordCheck.Succeeded => null,
            PasswordCheck.LockedOut locked => Error.TooManyRequests("Too many failed attempts with this account's password; try again later.", locked.RetryAfter),
            _ => Error.Validation("currentPassword", "The current password is wrong."),
        };

    /// <summary>The user's API keys that still work, across their companies; revoked now when asked.</summary>
    private async Task<IReadOnlyList<ApiKeyView>> ApiKeysAfterPasswordChangeAsync(Guid userId, bool revoke, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var keys = await apiKeys.ActiveCreatedByAsync(userId, now, cancellationToken);
        if (revoke)
        {
            foreach (var key in keys)
            {
                key.Revoke(now);
            }
        }
        return keys.Select(ApiKeyView.Of).ToList();
    }

    private async Task<bool> IsAdminOverAsync(Guid adminId, Guid userId, CancellationToken cancellationToken)
    {
        var adminOf = (await companies.MembershipsOfAsync(adminId, cancellationToken)).Where(m => m.Role == CompanyRole.Admin).Select(m => m.CompanyId);
        var memberOf = (await companies.MembershipsOfAsync(userId, cancellationToken)).Select(m => m.CompanyId);
        return adminOf.Intersect(memberOf).Any();
    }
}
