namespace AiVideo.Projects.FunctionalTests.Support;

/// <summary>
/// Three replicas of projects-api on one database, bus and Redis: <see cref="Front"/> serves HTTP only (no bus, no
/// outbox dispatcher, a heartbeat too slow to matter, so whatever live events its subscribers get came through Redis
/// from the others), and <see cref="First"/> and <see cref="Second"/> handle the bus concurrently.
/// </summary>
public sealed class ReplicasFixture : IAsyncLifetime
{
    public ServiceApp<ProjectsApi> Front { get; private set; } = null!;

    public ServiceApp<ProjectsApi> First { get; private set; } = null!;

    public ServiceApp<ProjectsApi> Second { get; private set; } = null!;

    public ConsumedCounter FirstConsumed { get; } = new();

    public ConsumedCounter SecondConsumed { get; } = new();

    public GenerationHarness Harness { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var servers = await TestServers.GetAsync();
        var eventBus = await servers.CreateVirtualHostAsync("replicas");
        var database = await servers.CreateDatabaseAsync("replicas");
        Harness = await GenerationHarness.StartAsync(eventBus);
        First = await ProjectsHost.StartAsync(await ProjectsHost.SettingsAsync(database, eventBus, null),
            services => services.AddSingleton<MassTransit.IConsumeObserver>(FirstConsumed));
        Second = await ProjectsHost.StartAsync(await ProjectsHost.SettingsAsync(database, eventBus, null),
            services => services.AddSingleton<MassTransit.IConsumeObserver>(SecondConsumed));
        Front = await ProjectsHost.StartAsync(await ProjectsHost.SettingsAsync(database, eventBus, null,
            new Dictionary<string, string?> { ["Projects:Events:HeartbeatInterval"] = "00:10:00" }), ProjectsHost.HttpOnly);
    }

    public async Task DisposeAsync()
    {
        await Front.DisposeAsync();
        await Second.DisposeAsync();
        await First.DisposeAsync();
        await Harness.DisposeAsync();
    }

    public static ProjectsClient ClientOf(ServiceApp<ProjectsApi> replica) =>
        new(new HttpClient { BaseAddress = replica.Address, Timeout = Timeout.InfiniteTimeSpan });

    public ProjectsContext OpenDatabase() =>
        new(new DbContextOptionsBuilder<ProjectsContext>().UseNpgsql(First.DatabaseConnectionString).Options);
}
