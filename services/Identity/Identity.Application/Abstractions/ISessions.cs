namespace AiVideo.Identity.Application.Abstractions;

/// <summary>
/// Sessions: a sign-in and the family of refresh tokens descended from it, kept by the token server (an authorization
/// and its tokens). Ending a session ends every token of its family, the newest included.
/// </summary>
public interface ISessions
{
    /// <summary>The user an active session belongs to; null for an unknown or ended session.</summary>
    Task<Guid?> FindActiveOwnerAsync(Guid sessionId, CancellationToken cancellationToken);

    /// <summary>Marks a refresh token used, atomically: of concurrent refreshes with one token exactly one gets true.</summary>
    Task<bool> TryRedeemRefreshTokenAsync(string tokenId, CancellationToken cancellationToken);

    Task RevokeAsync(Guid sessionId, CancellationToken cancellationToken);

    /// <summary>Ends every session of a user (after a password change, for example).</summary>
    Task RevokeAllAsync(Guid userId, CancellationToken cancellationToken);
}
