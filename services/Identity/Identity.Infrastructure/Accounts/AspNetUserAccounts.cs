using Microsoft.AspNetCore.Identity;

namespace AiVideo.Identity.Infrastructure.Accounts;

/// <summary>
/// <see cref="IUserAccounts"/> over ASP.NET Core Identity: password rules and hashing, lockout and security stamps are
/// Identity's. Sign-in attempts are throttled in <see cref="SignInThrottle"/> for every email alike (with Identity's
/// lockout limits, per client, and a slowdown for the email as a whole), and an email without an account is checked
/// against a dummy hash (the same work as a real check), so neither timing nor lockout tells whether an account exists.
/// </summary>
internal sealed class AspNetUserAccounts(
    UserManager<UserAccount> users, IdentityContext db, IPasswordHasher<UserAccount> hasher, IOptions<IdentityOptions> identity,
    IOptions<SignInThrottleOptions> throttling, TimeProvider time)
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
        var limit = identity.Value.Lockout.MaxFailedAccessAttempts;

        // The checks come before any password is hashed, for known and unknown emails alike.
        if (await SlowedDownUntilAsync(normalizedEmail, limit, cancellationToken) is { } slowedUntil && slowedUntil > now)
        {
            return new PasswordCheck.LockedOut(slowedUntil - now);
        }
        var attempt = await CountAttemptAsync(normalizedEmail, client, now, cancellationToken);
        if (attempt.LockedUntil > now)
        {
            return new PasswordCheck.LockedOut(attempt.LockedUntil.Value - now);
        }
        if (attempt.Attempts > limit)
        {
            // More attempts are under way from this client than it has left: it is about to be locked out.
            return new PasswordCheck.LockedOut(identity.Value.Lockout.DefaultLockoutTimeSpan);
        }

        var account = await users.FindByEmailAsync(email);
        if (account is null)
        {
            hasher.VerifyHashedPassword(DummyUser, DummyHash.Value, password);
        }
        else if (await users.CheckPasswordAsync(account, password))
        {
            await db.SignInThrottles.Where(t => t.NormalizedEmail == normalizedEmail).ExecuteDeleteAsync(cancellationToken);
            return new PasswordCheck.Succeeded(account.ToView());
        }

        var lockedUntil = await RecordFailureAsync(normalizedEmail, client, attempt.Attempts >= limit, now, cancellationToken);
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

    /// <summary>When the email, having failed too often from anywhere, may be tried again by any client; null while it has not.</summary>
    private async Task<DateTimeOffset?> SlowedDownUntilAsync(string normalizedEmail, int limit, CancellationToken cancellationToken)
    {
        var email = await db.SignInThrottles.AsNoTracking()
            .FirstOrDefaultAsync(t => t.NormalizedEmail == normalizedEmail && t.Client == SignInThrottle.AnyClient, cancellationToken);
        return email is { LastFailureAt: { } last } && email.Attempts >= limit ? last + throttling.Value.Slowdown(email.Attempts - limit) : null;
    }

    /// <summary>
    /// Counts an attempt from a client before its password is checked, in one atomic statement, so concurrent attempts all
    /// count; a lockout that has run out starts a new count.
    /// </summary>
    private async Task<(int Attempts, DateTimeOffset? LockedUntil)> CountAttemptAsync(
        string normalizedEmail, string client, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQuery<AttemptRow>($"""
            INSERT INTO sign_in_throttles AS t (normalized_email, client, attempts, locked_until, last_failure_at, updated_at)
            VALUES ({normalizedEmail}, {client}, 1, NULL, NULL, {now})
            ON CONFLICT (normalized_email, client) DO UPDATE SET
                attempts = CASE WHEN t.locked_until <= {now} THEN 1 ELSE t.attempts + 1 END,
                locked_until = CASE WHEN t.locked_until <= {now} THEN NULL ELSE t.locked_until END,
                updated_at = {now}
            RETURNING t.attempts AS "Attempts", t.locked_until AS "LockedUntil"
            """).ToListAsync(cancellationToken);
        return (rows[0].Attempts, rows[0].LockedUntil);
    }

    /// <summary>Records a failure for the email as a whole and, when the client has used up its attempts, locks the client out.</summary>
    private async Task<DateTimeOffset?> RecordFailureAsync(string normalizedEmail, string client, bool lockClient, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO sign_in_throttles AS t (normalized_email, client, attempts, locked_until, last_failure_at, updated_at)
            VALUES ({normalizedEmail}, {SignInThrottle.AnyClient}, 1, NULL, {now}, {now})
            ON CONFLICT (normalized_email, client) DO UPDATE SET attempts = t.attempts + 1, last_failure_at = {now}, updated_at = {now}
            """, cancellationToken);
        if (!lockClient)
        {
            return null;
        }
        var until = now + identity.Value.Lockout.DefaultLockoutTimeSpan;
        await db.Database.ExecuteSqlAsync(
            $"UPDATE sign_in_throttles SET locked_until = {until}, last_failure_at = {now}, updated_at = {now} WHERE normalized_email = {normalizedEmail} AND client = {client}",
            cancellationToken);
        return until;
    }

    private sealed record AttemptRow(int Attempts, DateTimeOffset? LockedUntil);

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
