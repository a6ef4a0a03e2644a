namespace AiVideo.Identity.FunctionalTests;

/// <summary>One identity-api (in memory) per test class, with its own database and a clock the tests can move forward.</summary>
public class IdentityFixture : IAsyncLifetime
{
    /// <summary>Settings a fixture adds to (or changes in) <see cref="IdentitySettings.Create"/>.</summary>
    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings { get; } = new Dictionary<string, string?>();

    /// <summary>Services a fixture adds to (or replaces in) the host, after the test clock.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>Whether identity-api listens on a loopback port (Kestrel parses the requests) besides the in-memory client.</summary>
    protected virtual bool ListenOnLoopback => false;

    public TestClock Clock { get; } = new();

    public ServiceApp<IdentityApi> App { get; private set; } = null!;

    public IdentityClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var settings = IdentitySettings.Create();
        foreach (var (key, value) in ExtraSettings)
        {
            settings[key] = value;
        }
        App = await ServiceApp<IdentityApi>.CreateAsync(ResourceNames.IdentityDatabase, settings,
            new ServiceAppOptions(ListenOnLoopback: ListenOnLoopback, ConfigureServices: services =>
            {
                services.AddSingleton<TimeProvider>(Clock);
                ConfigureServices(services);
            }));
        Client = new IdentityClient(App.CreateClient());
    }

    public async Task DisposeAsync() => await App.DisposeAsync();

    public IdentityContext OpenDatabase() =>
        new(new DbContextOptionsBuilder<IdentityContext>().UseNpgsql(App.DatabaseConnectionString).Options);
}
