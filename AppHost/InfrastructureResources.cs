namespace AiVideo.AppHost;

/// <summary>
/// PostgreSQL, RabbitMQ and Redis: started locally from the installed binaries with their data under the data
/// directory, unless a connection string points at a server that is already running (then that one is used).
/// </summary>
public sealed class InfrastructureResources
{
    private readonly IConfiguration _configuration;
    private readonly PostgresServer? _postgres;
    private readonly RabbitMqServer? _rabbitMq;
    private readonly RedisServer? _redis;
    private readonly S3rverServer? _s3rver;

    public InfrastructureResources(AppHostOptions options, IConfiguration configuration, string dataDirectory, string repositoryRoot, ResourceConsole console)
    {
        _configuration = configuration;
        var ports = options.Ports;
        if (External(ResourceNames.Postgres) is null && ResourceNames.Services.Any(s => External(s.Database) is null))
        {
            _postgres = new PostgresServer(new PostgresServerOptions(Path.Combine(dataDirectory, "postgres"), ports.Postgres, options.Ephemeral),
                new ResourceLogger(console, ResourceNames.Postgres));
        }
        if (External(ResourceNames.EventBus) is null)
        {
            _rabbitMq = new RabbitMqServer(new RabbitMqServerOptions(Path.Combine(dataDirectory, "rabbitmq"), ports.RabbitMq,
                ports.RabbitMqManagement, ports.RabbitMqDistribution, ports.RabbitMqEpmd), new ResourceLogger(console, ResourceNames.EventBus));
        }
        if (External(ResourceNames.Redis) is null)
        {
            _redis = new RedisServer(new RedisServerOptions(Path.Combine(dataDirectory, "redis"), ports.Redis, Persistent: !options.Ephemeral),
                new ResourceLogger(console, ResourceNames.Redis));
        }
        if (options.StartS3rver)
        {
            _s3rver = new S3rverServer(new S3rverOptions(Path.Combine(dataDirectory, "s3rver"), ports.S3rver, S3rverServer.InstallDirectoryIn(repositoryRoot)),
                new ResourceLogger(console, ResourceNames.Storage));
        }
    }

    public IReadOnlyList<IInfrastructureServer> Local =>
        new IInfrastructureServer?[] { _postgres, _rabbitMq, _redis, _s3rver }.OfType<IInfrastructureServer>().ToList();

    /// <summary>s3rver's address when AppHost started one.</summary>
    public string? S3rverUrl => _s3rver?.ServiceUrl;

    public string EventBus => External(ResourceNames.EventBus) ?? _rabbitMq!.ConnectionString;

    public string Redis => External(ResourceNames.Redis) ?? _redis!.ConnectionString;

    public Uri? RabbitMqManagement => _rabbitMq?.ManagementUri;

    /// <summary>A database's connection string: its own if configured, else on the configured or the local server.</summary>
    public string Database(string database)
    {
        if (External(database) is { } own)
        {
            return own;
        }
        if (External(ResourceNames.Postgres) is { } server)
        {
            return $"{server.TrimEnd(';')};Database={database}";
        }
        return _postgres!.ConnectionString(database);
    }

    public IEnumerable<(string Resource, string State, string Endpoint)> Rows()
    {
        yield return (ResourceNames.Postgres, _postgres is null ? "external" : "running", _postgres?.Endpoint ?? "(configured connection string)");
        yield return (ResourceNames.EventBus, _rabbitMq is null ? "external" : "running", _rabbitMq?.Endpoint ?? Redact(EventBus));
        yield return (ResourceNames.Redis, _redis is null ? "external" : "running", Redis);
        if (_s3rver is not null)
        {
            yield return ("s3rver", "running", _s3rver.ServiceUrl);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.WhenAll(Local.Select(s => s.StartAsync(cancellationToken)));

    /// <summary>Stops the local servers in the reverse order of need: cache, broker, database.</summary>
    public async Task StopAsync()
    {
        foreach (var server in Local.Reverse())
        {
            await server.StopAsync();
        }
    }

    private string? External(string name) => _configuration.GetConnectionString(name) is { Length: > 0 } value ? value : null;

    private static string Redact(string connectionString) =>
        Uri.TryCreate(connectionString, UriKind.Absolute, out var uri) ? $"{uri.Scheme}://{uri.Host}:{uri.Port}{uri.AbsolutePath}" : "(configured)";
}
