using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace AiVideo.Identity.Infrastructure.Sessions;

/// <summary>
/// <see cref="ISessions"/> over the token server's store: a session is an OpenIddict authorization, its refresh tokens
/// are the authorization's tokens. Ending a session revokes the authorization (its tokens then stop validating) and
/// every token issued under it.
/// </summary>
internal sealed class OpenIddictSessions(IOpenIddictAuthorizationManager authorizations, IOpenIddictTokenManager tokens) : ISessions
{
    public async Task<Guid?> FindActiveOwnerAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var authorization = await authorizations.FindByIdAsync(sessionId.ToString(), cancellationToken);
        if (authorization is null || !await authorizations.HasStatusAsync(authorization, Statuses.Valid, cancellationToken))
        {
            return null;
        }
        return Guid.TryParse(await authorizations.GetSubjectAsync(authorization, cancellationToken), out var owner) ? owner : null;
    }

    /// <summary>
    /// OpenIddict's redemption is an optimistic-concurrency update of the token row: of concurrent redemptions of one
    /// token exactly one succeeds (OpenIddict itself ignores the failures for refresh tokens, to allow a reuse leeway,
    /// which this platform does not grant).
    /// </summary>
    public async Task<bool> TryRedeemRefreshTokenAsync(string tokenId, CancellationToken cancellationToken) =>
        await tokens.FindByIdAsync(tokenId, cancellationToken) is { } token
        && await tokens.HasStatusAsync(token, Statuses.Valid, cancellationToken)
        && await tokens.TryRedeemAsync(token, cancellationToken);

    public async Task RevokeAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        if (await authorizations.FindByIdAsync(sessionId.ToString(), cancellationToken) is { } authorization)
        {
            await authorizations.TryRevokeAsync(authorization, cancellationToken);
        }
        await tokens.RevokeByAuthorizationIdAsync(sessionId.ToString(), cancellationToken);
    }

    public async Task RevokeAllAsync(Guid userId, CancellationToken cancellationToken)
    {
        await authorizations.RevokeBySubjectAsync(userId.ToString(), cancellationToken);
        await tokens.RevokeBySubjectAsync(userId.ToString(), cancellationToken);
    }
}
