using AiVideo.Identity.Domain.Sessions;

namespace AiVideo.Identity.Infrastructure.Repositories;

internal sealed class EfSessions(IdentityContext db) : ISessions
{
    public void Add(Session session) => db.Sessions.Add(session);

    public void Add(RefreshToken token) => db.RefreshTokens.Add(token);

    public Task<Session?> FindAsync(Guid sessionId, CancellationToken cancellationToken) =>
        db.Sessions.FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);

    public Task<RefreshToken?> FindTokenAsync(string tokenHash, CancellationToken cancellationToken) =>
        db.RefreshTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == tokenHash, cancellationToken);

    public async Task<bool> TryConsumeAsync(Guid tokenId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.RefreshTokens.Where(t => t.Id == tokenId && t.ConsumedAt == null)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.ConsumedAt, now), cancellationToken) == 1;

    public Task RevokeAllAsync(Guid userId, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Sessions.Where(s => s.UserId == userId && s.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedAt, now).SetProperty(x => x.RevocationReason, reason), cancellationToken);
}
