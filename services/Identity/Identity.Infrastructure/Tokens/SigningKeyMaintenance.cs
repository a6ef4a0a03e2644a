namespace AiVideo.Identity.Infrastructure.Tokens;

/// <summary>
/// Loads (or creates) the signing keys before identity-api takes requests, then re-reads them every refresh interval
/// (so keys another replica created are known) and rotates when the current key is due.
/// </summary>
internal sealed class SigningKeyMaintenance(SigningKeyStore store, IOptions<TokenIssuerOptions> options, TimeProvider time, ILogger<SigningKeyMaintenance> logger)
    : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.EnsureCurrentAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SigningKeys.RefreshInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await store.EnsureCurrentAsync(stoppingToken);
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning(exception, "Refreshing the signing keys failed; the loaded keys stay in use");
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
