namespace AiVideo.Identity.Application.Invitations;

/// <summary>A new invitation and its token, shown this once to be sent to the invitee (only its hash is kept).</summary>
public sealed record CreatedInvitation(InvitationView Invitation, string Token);
