using AiVideo.Identity.Infrastructure.Accounts;
using OpenIddict.Abstractions;

namespace AiVideo.Identity.Infrastructure.Maintenance;

/// <summary>
/// Once a sweep interval: deletes sign-in throttle rows nobody has touched for a while (every email ever tried leaves
/// one), and the token server's tokens and ended sessions older than a session can live (a redeemed refresh token is kept
/// until then, so presenting it again is still recognised as reuse).
/// </summary>
internal sealed class IdentitySweeper(
    IServiceScopeFactory scopes, IOptions<SignInThrottleOptions> options, IOptions<IdentityTokenOptions> tokens, TimeProvider time,
    ILogger<IdentitySweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        do
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Sweeping sign-in throttles and old tokens failed");
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityContext>();
        var now = time.GetUtcNow();
        var throttleBefore = now - options.Value.Retention;
        var throttles = await db.SignInThrottles.Where(t => t.UpdatedAt < throttleBefore).ExecuteDeleteAsync(cancellationToken);
        var tokensBefore = now - tokens.Value.SessionLifetime;
        var prunedTokens = await scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>().PruneAsync(tokensBefore, cancellationToken);
        var prunedSessions = await scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>().PruneAsync(tokensBefore, cancellationToken);
        if (throttles + prunedTokens + prunedSessions > 0)
        {
            logger.LogInformation("Swept {Throttles} sign-in throttle rows, {Tokens} tokens and {Sessions} sessions", throttles, prunedTokens, prunedSessions);
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
