namespace AiVideo.AppHost.Local;

/// <summary>
/// A throwaway run's data directory is deleted once the AppHost has stopped and its servers (which DCP stops a moment
/// after the AppHost returns) no longer use it.
/// </summary>
internal sealed class EphemeralData(LocalRun run, IHostApplicationLifetime lifetime, ILogger<EphemeralData> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStopped.Register(Delete);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Delete()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (ProcessesUsingDataDirectory() && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(200);
        }
        try
        {
            Directory.Delete(run.DataDirectory, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("Could not delete the throwaway data in {Directory}: {Reason}", run.DataDirectory, exception.Message);
        }
    }

    private bool ProcessesUsingDataDirectory() =>
        Directory.EnumerateDirectories("/proc").Any(process =>
        {
            try
            {
                return int.TryParse(Path.GetFileName(process), out _)
                    && File.ReadAllText(Path.Combine(process, "cmdline")).Contains(run.DataDirectory, StringComparison.Ordinal);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        });
}
