using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace AiVideo.Testing;

/// <summary>
/// A service hosted in the test process (<see cref="WebApplicationFactory{TEntryPoint}"/>) against its own new database
/// and RabbitMQ virtual host on the real test servers, configured the way AppHost configures it. With
/// <see cref="ServiceAppOptions.ListenOnLoopback"/> it listens on a real 127.0.0.1 port (for other processes and hosts to
/// call), otherwise it is reached in memory.
/// </summary>
public sealed class ServiceApp<TEntryPoint> : WebApplicationFactory<TEntryPoint> where TEntryPoint : class
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly ServiceAppOptions _options;

    private ServiceApp(string databaseName, IReadOnlyDictionary<string, string?> settings, ServiceAppOptions options)
    {
        DatabaseName = databaseName;
        _settings = settings;
        _options = options;
    }

    public string DatabaseName { get; }

    public string DatabaseConnectionString => _settings[$"ConnectionStrings:{DatabaseName}"]!;

    public string EventBusConnectionString => _settings["ConnectionStrings:eventbus"]!;

    /// <summary>The addresses of its database and broker, which no answer of the service may name.</summary>
    public IEnumerable<string> InternalAddresses()
    {
        var database = new NpgsqlConnectionStringBuilder(DatabaseConnectionString);
        yield return $"{database.Host}:{database.Port}";
        yield return $"Port={database.Port}";
        yield return new Uri(EventBusConnectionString).Authority;
    }

    /// <summary>Where the service listens when it runs on Kestrel.</summary>
    public Uri? Address { get; private set; }

    public IReadOnlyDictionary<string, string?> Settings => _settings;

    /// <summary>
    /// Creates the app (and, unless <paramref name="settings"/> already name them, a new database and virtual host).
    /// With <see cref="ServiceAppOptions.ListenOnLoopback"/> the server is started at once.
    /// </summary>
    public static async Task<ServiceApp<TEntryPoint>> CreateAsync(
        string databaseName, IReadOnlyDictionary<string, string?>? settings = null, ServiceAppOptions? options = null)
    {
        var servers = await TestServers.GetAsync();
        settings ??= new Dictionary<string, string?>();
        var all = new Dictionary<string, string?>
        {
            ["ConnectionStrings:redis"] = servers.Redis,
            // Every service keys its Idempotency-Key fingerprints with a secret from configuration (a secret store in production).
            ["Idempotency:FingerprintKey"] = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
        };
        var databaseKey = $"ConnectionStrings:{databaseName}";
        if (!settings.ContainsKey(databaseKey))
        {
            all[databaseKey] = await servers.CreateDatabaseAsync(databaseName);
        }
        if (!settings.ContainsKey("ConnectionStrings:eventbus"))
        {
            all["ConnectionStrings:eventbus"] = await servers.CreateVirtualHostAsync(databaseName);
        }
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        var app = new ServiceApp<TEntryPoint>(databaseName, all, options ?? new ServiceAppOptions());
        if (app._options.ListenOnLoopback)
        {
            var port = app._options.Port ?? LocalPorts.GetFree();
            app.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
            app.StartServer();
            app.Address = new Uri($"http://127.0.0.1:{port}/");
        }
        return app;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        if (_options.ConfigureServices is { } configure)
        {
            builder.ConfigureTestServices(configure);
        }
    }
}

/// <summary>How a <see cref="ServiceApp{TEntryPoint}"/> runs.</summary>
public sealed record ServiceAppOptions(bool ListenOnLoopback = false, Action<IServiceCollection>? ConfigureServices = null, int? Port = null);
