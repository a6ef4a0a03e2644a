using AiVideo.SharedKernel.Vocabulary;
using AiVideo.BuildingBlocks.Messaging;
using AiVideo.BuildingBlocks.Persistence;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace AiVideo.BuildingBlocks.FunctionalTests;

public sealed class StartupTests
{
    [Fact]
    public async Task A_service_waits_for_a_database_that_is_not_up_yet_instead_of_crashing()
    {
        var port = LocalPorts.GetFree();
        var database = $"Host=127.0.0.1;Port={port};Username=postgres;Database=late_notes";
        var logs = new CapturingLoggerProvider();
        var builder = NotesHost.CreateBuilder(database);
        builder.Logging.AddProvider(logs);
        using var host = builder.Build();

        var starting = host.StartAsync();
        await Eventually.True(() => logs.Lines.Count(l => l.Contains("Waiting for database")) >= 2, "the service retried the database at least twice");
        starting.IsCompleted.Should().BeFalse("the service keeps waiting while the database is down");

        await using var servers = await InfrastructureProcess.StartAsync(new InfrastructureProcess.Options(new Dictionary<string, int> { ["Postgres"] = port }, Servers: [ResourceNames.Postgres]));

        await starting.WaitAsync(TimeSpan.FromSeconds(60));
        host.Services.GetRequiredService<MigrationState>().Completed.Should().BeTrue();
        var health = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        health.Entries["database"].Status.Should().Be(HealthStatus.Healthy);
        await host.StopAsync();
    }

    [Fact]
    public async Task A_service_starts_while_the_broker_is_down_reports_it_and_connects_once_the_broker_is_up()
    {
        var servers = await TestServers.GetAsync();
        var database = await servers.CreateDatabaseAsync("late_broker");
        var port = LocalPorts.GetFree();
        var builder = NotesHost.CreateBuilder(database, $"amqp://guest:guest@127.0.0.1:{port}/");
        builder.AddEventBus("late", typeof(NotesHost).Assembly);
        using var host = builder.Build();

        await host.StartAsync().WaitAsync(TimeSpan.FromSeconds(30));
        var health = host.Services.GetRequiredService<HealthCheckService>();
        (await health.CheckHealthAsync()).Status.Should().NotBe(HealthStatus.Healthy, "the broker is not there yet");

        await using var broker = await InfrastructureProcess.StartAsync(new InfrastructureProcess.Options(new Dictionary<string, int> { ["RabbitMq"] = port }, Servers: [ResourceNames.EventBus]));

        await Eventually.True(async () => (await health.CheckHealthAsync()).Status == HealthStatus.Healthy,
            "the bus connected to the broker that came up late", TimeSpan.FromSeconds(90));
        await host.StopAsync();
    }
}
