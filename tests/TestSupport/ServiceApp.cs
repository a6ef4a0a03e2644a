using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AiVideo.Testing;

/// <summary>
/// A service hosted in the test process (<see cref="WebApplicationFactory{TEntryPoint}"/>) against its own new database
/// and RabbitMQ virtual host on the real test servers, configured the way AppHost configures it.
/// </summary>
public sealed class ServiceApp<TEntryPoint> : WebApplicationFactory<TEntryPoint> where TEntryPoint : class
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    private ServiceApp(string databaseName, IReadOnlyDictionary<string, string?> settings)
    {
        DatabaseName = databaseName;
        _settings = settings;
    }

    public string DatabaseName { get; }

    public string DatabaseConnectionString => _settings[$"ConnectionStrings:{DatabaseName}"]!;

    public string EventBusConnectionString => _settings["ConnectionStrings:eventbus"]!;

    public static async Task<ServiceApp<TEntryPoint>> CreateAsync(string databaseName, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var servers = await TestServers.GetAsync();
        var all = new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{databaseName}"] = await servers.CreateDatabaseAsync(databaseName),
            ["ConnectionStrings:eventbus"] = await servers.CreateVirtualHostAsync(databaseName),
            ["ConnectionStrings:redis"] = servers.Redis,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }
        return new ServiceApp<TEntryPoint>(databaseName, all);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
