using AiVideo.MediaStorage.Api;

namespace AiVideo.Projects.FunctionalTests.Support;

/// <summary>
/// The service as a user meets it: one projects-api replica with its own new database, media-api beside it on the same
/// event bus (so its stored-file events reach projects-api), identity-api issuing real tokens, and the generation
/// harness answering requests on that bus. Shared by the test classes of the <see cref="ProjectsCollection"/>.
/// </summary>
public sealed class ProjectsFixture : IAsyncLifetime
{
    public ServiceApp<ProjectsApi> Projects { get; private set; } = null!;

    public ServiceApp<MediaStorageApi> MediaApp { get; private set; } = null!;

    public GenerationHarness Harness { get; private set; } = null!;

    public ProjectsClient Api { get; private set; } = null!;

    public Media Media { get; private set; } = null!;

    public string EventBus { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var servers = await TestServers.GetAsync();
        EventBus = await servers.CreateVirtualHostAsync("projects");
        var identity = (await SharedIdentity.AddressAsync()).ToString().TrimEnd('/');
        Harness = await GenerationHarness.StartAsync(EventBus);

        var mediaPort = LocalPorts.GetFree();
        MediaApp = await ServiceApp<MediaStorageApi>.CreateAsync(ResourceNames.MediaDatabase, new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{ResourceNames.EventBus}"] = EventBus,
            ["Identity:Url"] = identity,
            ["ServiceAuth:ClientId"] = ResourceNames.MediaApi,
            ["ServiceAuth:ClientSecret"] = IdentitySettings.MediaSecret,
            ["Storage:Provider"] = "filesystem",
            ["Storage:RootPath"] = Directory.CreateTempSubdirectory("projects-media-").FullName,
            ["Storage:PublicBaseUrl"] = $"http://127.0.0.1:{mediaPort}",
            ["Storage:SigningKey"] = new string('k', 40),
        }, new ServiceAppOptions(ListenOnLoopback: true, Port: mediaPort));
        Media = new Media(MediaApp, Harness, new Uri(identity));

        var database = await servers.CreateDatabaseAsync("projects");
        // A short heartbeat, so that a test sees a quiet stream's heartbeats (the replica tests prove delivery through Redis alone).
        Projects = await ProjectsHost.StartAsync(await ProjectsHost.SettingsAsync(database, EventBus, MediaApp.Address,
            new Dictionary<string, string?> { ["Projects:Events:HeartbeatInterval"] = "00:00:00.250" }, Harness.Address));
        Api = new ProjectsClient(new HttpClient { BaseAddress = Projects.Address, Timeout = TimeSpan.FromMinutes(2) });
    }

    public async Task DisposeAsync()
    {
        Api.Http.Dispose();
        await Projects.DisposeAsync();
        await MediaApp.DisposeAsync();
        await Harness.DisposeAsync();
    }

    /// <summary>
    /// Waits until the project has settled: every message the harness published about it was handled by projects-api
    /// (its inbox has it), and everything projects-api decided to publish about it left the outbox and reached the harness.
    /// </summary>
    public Task SettledAsync(Guid projectId) => Settling.WaitAsync(OpenDatabase, Harness, projectId);

    public ProjectsContext OpenDatabase() =>
        new(new DbContextOptionsBuilder<ProjectsContext>().UseNpgsql(Projects.DatabaseConnectionString).Options);
}

[CollectionDefinition(Name)]
public sealed class ProjectsCollection : ICollectionFixture<ProjectsFixture>
{
    public const string Name = "projects-api";
}
