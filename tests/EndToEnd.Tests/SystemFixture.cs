using System.Collections.Concurrent;
using AiVideo.EndToEnd.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AiVideo.EndToEnd.Tests;

/// <summary>
/// The whole system as the AppHost declares it, run in this process by Aspire.Hosting.Testing (DCP runs the servers
/// and the services as processes) on free loopback ports, with throwaway data, telemetry sent to a receiver of the
/// test's and a webhook receiver on loopback for customers' endpoints. Shared by the end-to-end tests of one collection;
/// stopping it stops every process it started. <see cref="TestSystemSettings"/> lists the few settings it runs with
/// that a local run does not.
/// </summary>
public sealed class SystemFixture : IAsyncLifetime
{
    private readonly string _data = Directory.CreateTempSubdirectory("aivideo-e2e-").FullName;

    public DistributedApplication App { get; private set; } = null!;

    public OtlpReceiver Telemetry { get; private set; } = null!;

    /// <summary>Customers' webhook endpoints: a Kestrel receiver on 127.0.0.1 verifying every signature.</summary>
    public WebhookReceiver Webhooks { get; private set; } = null!;

    /// <summary>The gateway as clients reach it (tokens are issued by this URL).</summary>
    public Uri Gateway { get; private set; } = null!;

    /// <summary>The platform's API through the gateway, as a user calls it.</summary>
    public GatewayClient Api { get; private set; } = null!;

    /// <summary>Stops, kills and starts resources as an operator (or a crash) would.</summary>
    public SystemControl Control { get; private set; } = null!;

    /// <summary>A client that leaves trace headers as the test sets them.</summary>
    public HttpClient Http { get; } = new(new SocketsHttpHandler { ActivityHeadersPropagator = null }) { Timeout = TimeSpan.FromMinutes(2) };

    /// <summary>The process ids of every executable and project DCP started, by resource name, as the resources last reported them.</summary>
    public ConcurrentDictionary<string, int> ProcessIds { get; } = new();

    /// <summary>Each resource's latest state and health, as the dashboard would show it: what a start-up timeout reports.</summary>
    private ConcurrentDictionary<string, string> States { get; } = new();

    public string DataDirectory => _data;

    /// <summary>Where the <c>storage</c> resource (the filesystem backend) keeps media's objects.</summary>
    public string StorageDirectory => Path.Combine(_data, "storage");

    public async Task InitializeAsync()
    {
        Telemetry = await OtlpReceiver.StartAsync();
        Webhooks = await WebhookReceiver.StartAsync();
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
        [
            $"--AppHost:DataDirectory={_data}", "--AppHost:Ephemeral=true", "--AppHost:Servers=executables",
            $"--AppHost:OtlpEndpoint={Telemetry.Address}",
            "--AppHost:Ports:Gateway=0", "--AppHost:Ports:Postgres=0", "--AppHost:Ports:RabbitMq=0", "--AppHost:Ports:RabbitMqManagement=0",
            "--AppHost:Ports:RabbitMqDistribution=0", "--AppHost:Ports:RabbitMqEpmd=0", "--AppHost:Ports:Redis=0",
        ]);
        TestSystemSettings.Apply(builder);
        App = await builder.BuildAsync();
        var notifications = App.Services.GetRequiredService<ResourceNotificationService>();
        _ = RecordProcessIdsAsync(notifications);
        try
        {
            await App.StartAsync().WaitAsync(TimeSpan.FromMinutes(10));
            await notifications.WaitForResourceHealthyAsync(ResourceNames.Gateway).WaitAsync(TimeSpan.FromMinutes(8));
        }
        catch (TimeoutException exception)
        {
            throw new TimeoutException($"The system did not become healthy. Resources:\n{DescribeResources()}", exception);
        }
        Gateway = new Uri($"http://127.0.0.1:{App.GetEndpoint(ResourceNames.Gateway, "http").Port}");
        Api = new GatewayClient(Http, Gateway);
        Control = new SystemControl(this, notifications, App.Services.GetRequiredService<ResourceCommandService>());
    }

    /// <summary>The connection string Aspire gives the services for a database (for tests that look at what a service stored).</summary>
    public async Task<string> ConnectionStringAsync(string database) =>
        await App.GetConnectionStringAsync(database) ?? throw new InvalidOperationException($"{database} has no connection string.");

    /// <summary>Every resource's state and health, one a line.</summary>
    public string DescribeResources() => string.Join('\n', States.OrderBy(s => s.Key).Select(s => $"  {s.Key}: {s.Value}"));

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        await Webhooks.DisposeAsync();
        await Telemetry.DisposeAsync();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    private async Task RecordProcessIdsAsync(ResourceNotificationService notifications)
    {
        await foreach (var update in notifications.WatchAsync())
        {
            var health = string.Join(", ", update.Snapshot.HealthReports.Select(r => $"{r.Name}={r.Status?.ToString() ?? "pending"}"));
            States[update.Resource.Name] = $"{update.Snapshot.State?.Text ?? "?"} (exit {update.Snapshot.ExitCode?.ToString() ?? "-"}) health [{health}]";
            foreach (var property in update.Snapshot.Properties)
            {
                if (property.Name is "executable.pid" or "project.pid" && int.TryParse(property.Value?.ToString(), out var pid))
                {
                    ProcessIds[update.Resource.Name] = pid;
                }
            }
        }
    }
}

[CollectionDefinition(nameof(SystemCollection))]
public sealed class SystemCollection : ICollectionFixture<SystemFixture>;
