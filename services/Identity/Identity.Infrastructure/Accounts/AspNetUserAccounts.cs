using Microsoft.AspNetCore.Identity;

namespace AiVideo.Identity.Infrastructure.Accounts;

/// <summary>
/// <see cref="IUserAccounts"/> over ASP.NET Core Identity: password rules and hashing, lockout and security stamps are
/// Identity's. An email without an account is checked against a dummy hash (the same work as a real check) and throttled
/// in <see cref="SignInThrottle"/> with Identity's own limits, so neither timing nor lockout tells whether it exists.
/// </summary>
internal sealed class AspNetUserAccounts(
    UserManager<UserAccount> users, IdentityContext db, IPasswordHasher<UserAccount> hasher, IOptions<IdentityOptions> identity, TimeProvider time)
    : IUserAccounts
{
    private static readonly UserAccount DummyUser = new();
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<UserAccount>().HashPassword(DummyUser, Guid.NewGuid().ToString()));

    public async Task<UserAccountView?> FindAsync(Guid userId, CancellationToken cancellationToken) =>
        (await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken))?.ToView();

    public async Task<UserAccountView?> FindByEmailAsync(string email, CancellationToken cancellationToken) =>
        (await users.FindByEmailAsync(email))?.ToView();

    public async Task<Result<UserAccountView>> CreateAsync(string email, string password, string name, CancellationToken cancellationToken)
    {
        var account = new UserAccount
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            UserName = email,
            Email = email,
            Name = name,
            CreatedAt = time.GetUtcNow(),
        };
        var created = await users.CreateAsync(account, password);
        return created.Succeeded ? account.ToView() : Describe(created, "password");
    }

    public async Task<PasswordCheck> CheckPasswordAsync(string email, string password, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var account = await users.FindByEmailAsync(email);
        if (account is null)
        {
            return await CheckUnknownEmailAsync(users.NormalizeEmail(email), password, now, cancellationToken);
        }

        if (await users.IsLockedOutAsync(account))
        {
            return new PasswordCheck.LockedOut(RetryAfter(account.LockoutEnd, now));
        }
        if (await users.CheckPasswordAsync(account, password))
        {
            await users.ResetAccessFailedCountAsync(account);
            return new PasswordCheck.Succeeded(account.ToView());
        }

        await users.AccessFailedAsync(account);
        return await users.IsLockedOutAsync(account)
            ? new PasswordCheck.LockedOut(RetryAfter(account.LockoutEnd, now))
            : new PasswordCheck.Failed();
    }

    public async Task<Result<UserAccountView>> UpdateProfileAsync(Guid userId, string? name, string? email, CancellationToken cancellationToken)
    {
        var account = await users.FindByIdAsync(userId.ToString());
        if (account is null)
        {
            return Error.NotFound("user");
        }
        if (email is not null && !string.Equals(users.NormalizeEmail(email), account.NormalizedEmail, StringComparison.Ordinal))
        {
            var renamed = await users.SetUserNameAsync(account, email);
            if (!renamed.Succeeded)
            {
                return Describe(renamed, "email");
            }
            var changed = await users.SetEmailAsync(account, email);
            if (!changed.Succeeded)
            {
                return Describe(changed, "email");
            }
        }
        if (name is not null && name != account.Name)
        {
            account.Name = name;
            var updated = await users.UpdateAsync(account);
            if (!updated.Succeeded)
            {
                return Describe(updated, "name");
            }
        }
        return account.ToView();
    }

    public async Task<Result> ChangePasswordAsync(Guid userId, string currentPassword, string newPassword, CancellationToken cancellationToken)
    {
        var account = await users.FindByIdAsync(userId.ToString());
        if (account is null)
        {
            return Error.NotFound("user");
        }
        var changed = await users.ChangePasswordAsync(account, currentPassword, newPassword);
        if (changed.Succeeded)
        {
            return Result.Success;
        }
        return changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
            ? Error.Validation("currentPassword", "The current password is wrong.")
            : Describe(changed, "newPassword");
    }

    private async Task<PasswordCheck> CheckUnknownEmailAsync(string normalizedEmail, string password, DateTimeOffset now, CancellationToken cancellationToken)
    {
        hasher.VerifyHashedPassword(DummyUser, DummyHash.Value, password);
        var lockout = identity.Value.Lockout;
        var throttle = await db.SignInThrottles.FirstOrDefaultAsync(t => t.NormalizedEmail == normalizedEmail, cancellationToken);
        if (throttle?.LockedUntil > now)
        {
            return new PasswordCheck.LockedOut(RetryAfter(throttle.LockedUntil, now));
        }

        // One atomic statement, so concurrent attempts all count.
        var lockedUntil = now + lockout.DefaultLockoutTimeSpan;
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO sign_in_throttles (normalized_email, failed_count, locked_until, updated_at)
            VALUES ({normalizedEmail}, 1, NULL, {now})
            ON CONFLICT (normalized_email) DO UPDATE SET
                failed_count = CASE WHEN sign_in_throttles.failed_count + 1 >= {lockout.MaxFailedAccessAttempts} THEN 0 ELSE sign_in_throttles.failed_count + 1 END,
                locked_until = CASE WHEN sign_in_throttles.failed_count + 1 >= {lockout.MaxFailedAccessAttempts} THEN {lockedUntil} ELSE NULL END,
                updated_at = {now}
            """, cancellationToken);
        var after = await db.SignInThrottles.AsNoTracking().FirstAsync(t => t.NormalizedEmail == normalizedEmail, cancellationToken);
        return after.LockedUntil > now ? new PasswordCheck.LockedOut(RetryAfter(after.LockedUntil, now)) : new PasswordCheck.Failed();
    }

    private static TimeSpan RetryAfter(DateTimeOffset? until, DateTimeOffset now) =>
        until is { } end && end > now ? end - now : TimeSpan.FromSeconds(1);

    /// <summary>Identity's errors as field errors (password rules) or a conflict (the email is taken).</summary>
    private static Error Describe(IdentityResult result, string field)
    {
        if (result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)))
        {
            return Error.Conflict("email_taken", "An account with this email already exists.");
        }
        if (result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName)))
        {
            return Error.Validation("email", "This is not a valid email address.");
        }
        return Error.Validation(field, string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
