namespace AiVideo.AppHost.Local;

/// <summary>
/// Once the gateway is healthy, tells the person who ran <c>./run.sh</c> where everything is: the gateway, the API
/// documentation, the Aspire dashboard (with its login token) and how to make a first video.
/// </summary>
internal sealed class ReadyAnnouncement(ResourceNotificationService notifications, LocalRun run, IConfiguration configuration) : BackgroundService
{
    public const string ReadyLine = "AiVideo is running at";

    /// <summary>The prompt of the example video the announcement suggests.</summary>
    public const string ExamplePrompt = "a red fox running through snow at dawn";

    /// <summary>The gateway address tools/Demo assumes when <c>AIVIDEO_URL</c> is not set.</summary>
    private const string DemoDefaultUrl = "http://127.0.0.1:8080";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await notifications.WaitForResourceHealthyAsync(ResourceNames.Gateway, stoppingToken);
        var dashboard = configuration["ASPNETCORE_URLS"]?.Split(';')[0];
        var token = configuration["AppHost:BrowserToken"];
        var demo = run.PublicUrl == DemoDefaultUrl ? "./run.sh demo" : $"AIVIDEO_URL={run.PublicUrl} ./run.sh demo";
        Console.WriteLine($"""

            {ReadyLine} {run.PublicUrl} (health: {run.PublicUrl}/health)
              API documentation: {run.PublicUrl}/docs
              Aspire dashboard:  {(dashboard is null ? "(disabled)" : $"{dashboard}/login?t={token}")}
              Make a video:      {demo} "{ExamplePrompt}"   (in another terminal)
            Press Ctrl-C to stop everything.

            """);
    }
}
