using AiVideo.Identity.Domain.Invitations;

namespace AiVideo.Identity.Application.Invitations;

/// <summary>An invitation as admins see it; <see cref="Status"/> is pending, accepted, revoked or expired.</summary>
public sealed record InvitationView(Guid Id, Guid CompanyId, string Email, string Role, string Status, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt)
{
    public static InvitationView Of(Invitation invitation, DateTimeOffset now) => new(
        invitation.Id, invitation.CompanyId, invitation.Email, invitation.Role.ToName(),
        invitation.AcceptedAt is not null ? "accepted" : invitation.RevokedAt is not null ? "revoked" : invitation.ExpiresAt <= now ? "expired" : "pending",
        invitation.CreatedAt, invitation.ExpiresAt);
}
