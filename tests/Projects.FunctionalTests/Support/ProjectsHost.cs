namespace AiVideo.Projects.FunctionalTests.Support;

/// <summary>
/// A projects-api replica on a real loopback port, configured the way AppHost configures it: its database, the event
/// bus and Redis, identity-api as authority and token server, media-api and generation-api by service discovery.
/// </summary>
public static class ProjectsHost
{
    /// <summary>Settings of a replica sharing <paramref name="database"/> and <paramref name="eventBus"/> with the others.</summary>
    public static async Task<Dictionary<string, string?>> SettingsAsync(string database, string eventBus, Uri? media, IReadOnlyDictionary<string, string?>? extra = null,
        Uri? generation = null)
    {
        var settings = new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{ResourceNames.ProjectsDatabase}"] = database,
            [$"ConnectionStrings:{ResourceNames.EventBus}"] = eventBus,
            ["Identity:Url"] = (await SharedIdentity.AddressAsync()).ToString().TrimEnd('/'),
            ["Identity:KeysMinimumRefreshInterval"] = "00:00:01",
            ["ServiceAuth:ClientId"] = ResourceNames.ProjectsApi,
            ["ServiceAuth:ClientSecret"] = SharedIdentity.ProjectsSecret,
            [$"services:{ResourceNames.MediaApi}:http:0"] = media?.ToString().TrimEnd('/') ?? "http://127.0.0.1:9",
            [$"services:{ResourceNames.GenerationApi}:http:0"] = generation?.ToString().TrimEnd('/') ?? "http://127.0.0.1:9",
            ["Outbox:PollingInterval"] = "00:00:01",
            ["EventBus:RetryMinInterval"] = "00:00:00.050",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        return settings;
    }

    public static async Task<ServiceApp<ProjectsApi>> StartAsync(
        IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var app = await ServiceApp<ProjectsApi>.CreateAsync(ResourceNames.ProjectsDatabase, settings,
            new ServiceAppOptions(ListenOnLoopback: true, ConfigureServices: configure));
        await WaitHealthyAsync(app.Address!, withBus: app.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>()
            .Any(s => s.GetType().Name.StartsWith("MassTransitHostedService", StringComparison.Ordinal)));
        return app;
    }

    /// <summary>Removes the outbox dispatcher: the replica commits events but never publishes them (as if it died right after each commit).</summary>
    public static void WithoutOutboxDispatcher(IServiceCollection services) => RemoveHostedServices(services, "OutboxDispatcher");

    /// <summary>Removes the bus and the dispatcher: the replica serves HTTP only and handles no events.</summary>
    public static void HttpOnly(IServiceCollection services)
    {
        RemoveHostedServices(services, "OutboxDispatcher");
        RemoveHostedServices(services, "MassTransitHostedService");
    }

    private static void RemoveHostedServices(IServiceCollection services, string name)
    {
        foreach (var descriptor in services.Where(d => d.ServiceType == typeof(Microsoft.Extensions.Hosting.IHostedService)
                     && (d.ImplementationType?.Name.StartsWith(name, StringComparison.Ordinal) ?? false)).ToList())
        {
            services.Remove(descriptor);
        }
    }

    /// <summary>Waits for the migrated database and, unless the replica has no bus, for the bus with its endpoints.</summary>
    private static async Task WaitHealthyAsync(Uri address, bool withBus)
    {
        using var http = new HttpClient { BaseAddress = address };
        await Eventually.True(async () =>
        {
            try
            {
                var response = await http.GetAsync("/health");
                var checks = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks");
                return Healthy(checks, "database") && (!withBus || Healthy(checks, "masstransit-bus"));
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, "the replica is up with its database migrated", TimeSpan.FromSeconds(90));
    }

    private static bool Healthy(JsonElement checks, string name) =>
        checks.TryGetProperty(name, out var check) && check.GetProperty("status").GetString() == "Healthy";
}
