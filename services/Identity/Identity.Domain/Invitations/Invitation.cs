using AiVideo.Identity.Domain.Companies;

namespace AiVideo.Identity.Domain.Invitations;

/// <summary>
/// An invitation to join a company with a role, sent to an email address. Its token (kept only as a hash) works once,
/// until it expires or an admin revokes it.
/// </summary>
public sealed class Invitation
{
    private Invitation()
    {
    }

    public Guid Id { get; private set; }

    public Guid CompanyId { get; private set; }

    public string Email { get; private set; } = "";

    /// <summary>The email upper-cased, for case-insensitive matching.</summary>
    public string NormalizedEmail { get; private set; } = "";

    public CompanyRole Role { get; private set; }

    public string TokenHash { get; private set; } = "";

    public Guid InvitedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public Guid? AcceptedBy { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public static Invitation Create(
        Guid companyId, string email, string normalizedEmail, CompanyRole role, string tokenHash, Guid invitedBy, DateTimeOffset now, TimeSpan lifetime) => new()
    {
        Id = Guid.CreateVersion7(now),
        CompanyId = companyId,
        Email = email,
        NormalizedEmail = normalizedEmail,
        Role = role,
        TokenHash = tokenHash,
        InvitedBy = invitedBy,
        CreatedAt = now,
        ExpiresAt = now + lifetime,
    };

    public bool IsPending(DateTimeOffset now) => AcceptedAt is null && RevokedAt is null && ExpiresAt > now;

    /// <summary>Checks the invitation can still be accepted (by the user with that email) and marks it accepted.</summary>
    public Result Accept(Guid userId, DateTimeOffset now)
    {
        if (RevokedAt is not null)
        {
            return Error.Gone("invitation_revoked", "The invitation was revoked.");
        }
        if (AcceptedAt is not null)
        {
            return Error.Gone("invitation_used", "The invitation has already been accepted.");
        }
        if (ExpiresAt <= now)
        {
            return Error.Gone("invitation_expired", "The invitation has expired; ask for a new one.");
        }
        AcceptedAt = now;
        AcceptedBy = userId;
        return Result.Success;
    }

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
