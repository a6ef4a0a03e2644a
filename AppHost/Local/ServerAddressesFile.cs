namespace AiVideo.AppHost.Local;

/// <summary>
/// The infrastructure-only mode's answer to whoever started it (./test.sh, the test fixtures): once every server is
/// healthy, their addresses as shell <c>export</c> lines in <see cref="AppHostSettings.EnvironmentFile"/>, written
/// atomically so a reader never sees half a file.
/// </summary>
internal sealed class ServerAddressesFile(
    DistributedApplicationModel model, ResourceNotificationService notifications, LocalRun run, ILogger<ServerAddressesFile> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var resources = model.Resources.Where(r => r is IResourceWithConnectionString or Servers.S3rverResource).ToList();
        foreach (var resource in resources)
        {
            await notifications.WaitForResourceHealthyAsync(resource.Name, stoppingToken);
        }

        var lines = new List<string>();
        foreach (var resource in resources)
        {
            switch (resource)
            {
                case Servers.LocalPostgresServerResource or PostgresServerResource:
                    lines.Add(Export("AIVIDEO_POSTGRES", $"{await ConnectionStringAsync(resource, stoppingToken)};Database=postgres"));
                    break;
                case Servers.LocalRabbitMqResource rabbit:
                    lines.Add(Export("AIVIDEO_RABBITMQ", await ConnectionStringAsync(resource, stoppingToken)));
                    lines.Add(Export("AIVIDEO_RABBITMQ_MANAGEMENT", $"http://127.0.0.1:{rabbit.ManagementEndpoint.Port}/"));
                    break;
                case Servers.LocalRedisResource or RedisResource:
                    lines.Add(Export("AIVIDEO_REDIS", await ConnectionStringAsync(resource, stoppingToken)));
                    break;
                case Servers.S3rverResource s3rver:
                    lines.Add(Export("AIVIDEO_S3", await s3rver.Endpoint.GetValueAsync(stoppingToken)));
                    break;
            }
        }

        if (run.Settings.EnvironmentFile is { Length: > 0 } path)
        {
            var temporary = path + ".tmp";
            await File.WriteAllLinesAsync(temporary, lines, stoppingToken);
            File.Move(temporary, path, overwrite: true);
        }
        logger.LogInformation("The servers are ready:\n{Addresses}", string.Join('\n', lines));
    }

    private static async Task<string?> ConnectionStringAsync(IResource resource, CancellationToken cancellationToken) =>
        await ((IResourceWithConnectionString)resource).ConnectionStringExpression.GetValueAsync(cancellationToken);

    private static string Export(string name, string? value) => $"export {name}='{value}'";
}
