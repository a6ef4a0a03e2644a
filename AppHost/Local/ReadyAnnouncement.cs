namespace AiVideo.AppHost.Local;

/// <summary>
/// Once the gateway is healthy, tells the person who ran <c>./run.sh</c> where everything is: the gateway, the API
/// documentation, the Aspire dashboard (with its login token) and how to make a first video.
/// </summary>
internal sealed class ReadyAnnouncement(ResourceNotificationService notifications, LocalRun run, IConfiguration configuration) : BackgroundService
{
    public const string ReadyLine = "AiVideo is running at";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await notifications.WaitForResourceHealthyAsync(ResourceNames.Gateway, stoppingToken);
        var dashboard = configuration["ASPNETCORE_URLS"]?.Split(';')[0];
        var token = configuration["AppHost:BrowserToken"];
        Console.WriteLine($"""

            {ReadyLine} {run.PublicUrl} (health: {run.PublicUrl}/health)
              API documentation: {run.PublicUrl}/docs
              Aspire dashboard:  {(dashboard is null ? "(disabled)" : $"{dashboard}/login?t={token}")}
            Press Ctrl-C to stop everything.

            """);
    }
}
