using Microsoft.AspNetCore.Identity;

namespace AiVideo.Identity.Infrastructure.Accounts;

/// <summary>
/// <see cref="IUserAccounts"/> over ASP.NET Core Identity: password rules and hashing, lockout and security stamps are
/// Identity's. Sign-in attempts are throttled by <see cref="SignInThrottling"/> for every email alike (with Identity's
/// lockout limits, per client, and waits for every client while the email is under attack), and an email without an account is checked
/// against a dummy hash (the same work as a real check), so neither timing nor lockout tells whether an account exists.
/// </summary>
internal sealed class AspNetUserAccounts(
    UserManager<UserAccount> users, IdentityContext db, IPasswordHasher<UserAccount> hasher, SignInThrottling throttling, TimeProvider time)
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

    public async Task<PasswordCheck> CheckPasswordAsync(string email, string password, string client, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var normalizedEmail = users.NormalizeEmail(email);
        client = client is { Length: > 0 } ? client[..Math.Min(client.Length, SignInThrottle.MaxClientLength)] : "unknown";

        // Decided before any password is hashed, for known and unknown emails alike.
        var attempt = await throttling.BeginAsync(normalizedEmail, client, now, cancellationToken);
        if (!attempt.Checked)
        {
            return new PasswordCheck.LockedOut(attempt.RetryAfter);
        }

        var account = await users.FindByEmailAsync(email);
        if (account is null)
        {
            hasher.VerifyHashedPassword(DummyUser, DummyHash.Value, password);
        }
        else if (await users.CheckPasswordAsync(account, password))
        {
            await throttling.SucceededAsync(normalizedEmail, client, cancellationToken);
            return new PasswordCheck.Succeeded(account.ToView());
        }

        var lockedUntil = await throttling.RecordFailureAsync(normalizedEmail, client, attempt, now, cancellationToken);
        return lockedUntil is { } until ? new PasswordCheck.LockedOut(until - now) : new PasswordCheck.Failed();
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
