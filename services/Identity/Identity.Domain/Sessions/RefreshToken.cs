namespace AiVideo.Identity.Domain.Sessions;

/// <summary>One refresh token of a session, kept as a hash; usable once.</summary>
public sealed class RefreshToken
{
    private RefreshToken()
    {
    }

    public Guid Id { get; private set; }

    public Guid SessionId { get; private set; }

    public string TokenHash { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ConsumedAt { get; private set; }

    public static RefreshToken Issue(Guid sessionId, string tokenHash, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        SessionId = sessionId,
        TokenHash = tokenHash,
        CreatedAt = now,
    };
}
