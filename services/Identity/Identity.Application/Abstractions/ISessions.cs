using AiVideo.Identity.Domain.Sessions;

namespace AiVideo.Identity.Application.Abstractions;

public interface ISessions
{
    void Add(Session session);

    void Add(RefreshToken token);

    Task<Session?> FindAsync(Guid sessionId, CancellationToken cancellationToken);

    Task<RefreshToken?> FindTokenAsync(string tokenHash, CancellationToken cancellationToken);

    /// <summary>Marks the token used, atomically: of concurrent refreshes with one token exactly one gets true.</summary>
    Task<bool> TryConsumeAsync(Guid tokenId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Ends every active session of a user (after a password change, for example).</summary>
    Task RevokeAllAsync(Guid userId, string reason, DateTimeOffset now, CancellationToken cancellationToken);
}
