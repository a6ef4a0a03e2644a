namespace AiVideo.AppHost.Local;

/// <summary>
/// Stops the AppHost (and with it DCP and every resource) when the process that started it is gone, however that
/// process ended: a test run that crashed must not leave its servers behind.
/// </summary>
internal sealed class ParentProcessWatch(LocalRun run, IHostApplicationLifetime lifetime, ILogger<ParentProcessWatch> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (run.Settings.ParentProcessId is not { } parent)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(500));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (!Directory.Exists($"/proc/{parent}"))
            {
                logger.LogInformation("The parent process {Parent} is gone; stopping", parent);
                lifetime.StopApplication();
                return;
            }
        }
    }
}
