namespace AiVideo.Identity.Domain.Sessions;

/// <summary>
/// A sign-in and the family of refresh tokens descended from it. It ends at its absolute expiry, at logout, or when one
/// of its refresh tokens is used a second time (then every token of the family is dead, including the newest).
/// </summary>
public sealed class Session
{
    private Session()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary>The company the session's tokens speak for (null for a user without a company).</summary>
    public Guid? CompanyId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public string? RevocationReason { get; private set; }

    public static Session Start(Guid userId, Guid? companyId, DateTimeOffset now, TimeSpan absoluteLifetime) => new()
    {
        Id = Guid.CreateVersion7(now),
        UserId = userId,
        CompanyId = companyId,
        CreatedAt = now,
        ExpiresAt = now + absoluteLifetime,
    };

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;

    /// <summary>Whether a refresh may continue this session; a used token presented again ends it.</summary>
    public Result CheckRefresh(RefreshToken presented, DateTimeOffset now)
    {
        if (presented.SessionId != Id)
        {
            throw new ArgumentException("The token belongs to another session.", nameof(presented));
        }
        if (!IsActive(now))
        {
            return Error.Unauthorized("invalid_grant", "The session has ended; sign in again.");
        }
        if (presented.ConsumedAt is not null)
        {
            Revoke("refresh_token_reused", now);
            return Error.Unauthorized("invalid_grant", "The refresh token was already used; the session has been ended.");
        }
        return Result.Success;
    }

    /// <summary>Moves the session to another company the user belongs to (chosen at refresh).</summary>
    public void SwitchCompany(Guid? companyId) => CompanyId = companyId;

    public void Revoke(string reason, DateTimeOffset now)
    {
        if (RevokedAt is null)
        {
            RevokedAt = now;
            RevocationReason = reason;
        }
    }
}
