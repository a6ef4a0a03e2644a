namespace AiVideo.AppHost;

/// <summary>
/// Runs the whole system: infrastructure, then the five services (in parallel), then the gateway; waits for every
/// <c>/health</c>; prints the resources; and on a shutdown signal stops everything it started, gateway first,
/// database last, checking that every port is released.
/// </summary>
public sealed class SystemRunner(AppHostOptions options, IConfiguration configuration, ResourceConsole console)
{
    public async Task<int> RunAsync(CancellationToken shutdown)
    {
        var repositoryRoot = RepositoryRoot();
        var dataDirectory = Path.GetFullPath(options.DataDirectory, repositoryRoot);
        Directory.CreateDirectory(dataDirectory);
        options.Ports.AssignFree();

        var registry = new ProcessRegistry(dataDirectory, console);
        await registry.StopLeftoversAsync();
        var infrastructure = new InfrastructureResources(options, configuration, dataDirectory, repositoryRoot, console);
        var projects = options.InfrastructureOnly
            ? []
            : CreateProjects(infrastructure, await AppHostSecrets.LoadOrCreateAsync(dataDirectory, ProjectNames), dataDirectory);
        var gateway = projects.SingleOrDefault(p => p.Name == ResourceNames.Gateway);
        var services = projects.Where(p => p != gateway).ToList();

        try
        {
            console.Info($"starting infrastructure ({string.Join(", ", infrastructure.Local.Select(s => s.Name))}) with data in {dataDirectory}");
            await infrastructure.StartAsync(shutdown);

            if (options.InfrastructureOnly)
            {
                await WriteEnvironmentFileAsync(infrastructure);
                console.Table(infrastructure.Rows());
                console.Info("infrastructure is ready; press Ctrl-C to stop it");
                await WaitForShutdownAsync(shutdown, options.ParentProcessId);
                return 0;
            }

            EnsurePortsFree(projects);
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            foreach (var service in services)
            {
                service.Start();
            }
            await registry.RecordAsync(services);
            await Task.WhenAll(services.Select(s => s.WaitHealthyAsync(http, options.HealthTimeout, shutdown)));
            gateway!.Start();
            await registry.RecordAsync(projects);
            await gateway.WaitHealthyAsync(http, options.HealthTimeout, shutdown);

            console.Table(infrastructure.Rows().Concat(projects.Select(p => (p.Name, p.State, p.Url))));
            console.Info($"AiVideo is running at {gateway.Url} (health: {gateway.Url}/health); press Ctrl-C to stop");
            await WaitForShutdownAsync(shutdown, options.ParentProcessId);
            return 0;
        }
        catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
        {
            return 0;
        }
        catch (Exception exception)
        {
            console.Info($"error: {exception.Message}");
            return 1;
        }
        finally
        {
            await StopAsync(gateway, services, infrastructure, registry, dataDirectory);
        }
    }

    private static readonly IReadOnlyList<string> ProjectNames = ResourceNames.Services.Select(s => s.Service).Append(ResourceNames.Gateway).ToList();

    /// <summary>
    /// Each project gets the Aspire-style settings of the resources it uses, its own client credentials for service
    /// tokens, and identity-api also its issuer (the gateway's public URL), key-encryption key and the client list.
    /// </summary>
    private List<ProjectResource> CreateProjects(InfrastructureResources infrastructure, AppHostSecrets secrets, string dataDirectory)
    {
        var names = ProjectNames;
        var shared = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = options.Environment,
            ["DOTNET_ENVIRONMENT"] = options.Environment,
            ["ConnectionStrings__eventbus"] = infrastructure.EventBus,
            ["ConnectionStrings__redis"] = infrastructure.Redis,
            ["Identity__Url"] = $"http://{ResourceNames.IdentityApi}",
            ["Logging__Console__FormatterName"] = "simple",
            ["Logging__Console__FormatterOptions__SingleLine"] = "true",
            ["Logging__Console__FormatterOptions__TimestampFormat"] = "HH:mm:ss ",
        };
        foreach (var name in names)
        {
            shared[$"services__{name}__http__0"] = $"http://127.0.0.1:{options.Ports.ForService(name)}";
        }
        if (options.OtlpEndpoint is { Length: > 0 } otlp)
        {
            shared["OTEL_EXPORTER_OTLP_ENDPOINT"] = otlp;
        }

        return names.Select(name =>
        {
            var environment = new Dictionary<string, string?>(shared)
            {
                ["OTEL_SERVICE_NAME"] = name,
                ["ServiceAuth__ClientId"] = name,
                ["ServiceAuth__ClientSecret"] = secrets.ClientSecrets[name],
            };
            if (ResourceNames.Services.FirstOrDefault(s => s.Service == name).Database is { } database)
            {
                environment[$"ConnectionStrings__{database}"] = infrastructure.Database(database);
            }
            if (name == ResourceNames.IdentityApi)
            {
                AddIdentitySettings(environment, secrets);
            }
            if (name == ResourceNames.MediaApi)
            {
                AddStorageSettings(environment, secrets, dataDirectory);
            }
            return new ProjectResource(name, options.Ports.ForService(name), environment, console);
        }).ToList();
    }

    /// <summary>
    /// Storage defaults to the embedded filesystem backend under the data directory, its signed URLs served through the
    /// gateway; a <c>Storage</c> section in AppHost's configuration (e.g. <c>Storage__Provider=s3</c> and the bucket's
    /// settings) replaces it.
    /// </summary>
    private void AddStorageSettings(Dictionary<string, string?> environment, AppHostSecrets secrets, string dataDirectory)
    {
        var configured = configuration.GetSection("Storage");
        if (configured.Exists())
        {
            foreach (var (key, value) in configured.AsEnumerable(makePathsRelative: true).Where(kv => kv.Value is not null))
            {
                environment[$"Storage__{key.Replace(":", "__")}"] = value;
            }
            return;
        }
        environment["Storage__Provider"] = "filesystem";
        environment["Storage__RootPath"] = Path.Combine(dataDirectory, "storage");
        environment["Storage__PublicBaseUrl"] = $"http://127.0.0.1:{options.Ports.Gateway}";
        environment["Storage__SigningKey"] = secrets.StorageSigningKey;
    }

    private void AddIdentitySettings(Dictionary<string, string?> environment, AppHostSecrets secrets)
    {
        environment["Identity__Issuer"] = $"http://127.0.0.1:{options.Ports.Gateway}";
        environment["Identity__SigningKeys__EncryptionKey"] = secrets.SigningKeyEncryptionKey;
        foreach (var client in ProjectNames)
        {
            environment[$"Identity__Clients__{client}__Secret"] = secrets.ClientSecrets[client];
            environment[$"Identity__Clients__{client}__Scopes__0"] = "internal";
            environment[$"Identity__Clients__{client}__Grants__0"] = "client_credentials";
            if (client == ResourceNames.Gateway)
            {
                environment[$"Identity__Clients__{client}__Grants__1"] = "urn:aivideo:params:oauth:grant-type:api-key";
            }
        }
    }

    private async Task StopAsync(ProjectResource? gateway, List<ProjectResource> services, InfrastructureResources infrastructure,
        ProcessRegistry registry, string dataDirectory)
    {
        console.Info("stopping");
        if (gateway is not null)
        {
            await gateway.StopAsync();
        }
        await Task.WhenAll(services.Select(s => s.StopAsync()));
        registry.Clear();
        await infrastructure.StopAsync();
        if (options.Ephemeral)
        {
            DeleteData(dataDirectory);
        }

        var ports = services.Append(gateway).OfType<ProjectResource>().Select(p => p.Port).ToList();
        foreach (var port in ports)
        {
            if (!await LocalPorts.WaitUntilFreeAsync(port, TimeSpan.FromSeconds(10)))
            {
                console.Info($"warning: port {port} is still in use after stopping");
            }
        }
        console.Info("all resources stopped");
    }

    private void DeleteData(string dataDirectory)
    {
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException exception)
        {
            console.Info($"warning: could not delete the throwaway data in {dataDirectory}: {exception.Message}");
        }
    }

    private static void EnsurePortsFree(IEnumerable<ProjectResource> projects)
    {
        var busy = projects.Where(p => LocalPorts.IsListening(p.Port)).ToList();
        if (busy.Count > 0)
        {
            throw new InvalidOperationException(
                $"port(s) {string.Join(", ", busy.Select(p => $"{p.Port} ({p.Name})"))} already in use; stop what uses them or set AppHost__Ports__<Resource>");
        }
    }

    private async Task WriteEnvironmentFileAsync(InfrastructureResources infrastructure)
    {
        if (options.EnvironmentFile is not { Length: > 0 } path)
        {
            return;
        }
        var lines = new List<string>
        {
            $"export AIVIDEO_POSTGRES='{infrastructure.Database("postgres")}'",
            $"export AIVIDEO_RABBITMQ='{infrastructure.EventBus}'",
            $"export AIVIDEO_REDIS='{infrastructure.Redis}'",
        };
        if (infrastructure.RabbitMqManagement is { } management)
        {
            lines.Add($"export AIVIDEO_RABBITMQ_MANAGEMENT='{management}'");
        }
        if (infrastructure.S3rverUrl is { } s3)
        {
            lines.Add($"export AIVIDEO_S3='{s3}'");
        }
        var temporary = path + ".tmp";
        await File.WriteAllLinesAsync(temporary, lines);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Returns on a shutdown signal, or when the parent process (if any) is gone.</summary>
    private async Task WaitForShutdownAsync(CancellationToken shutdown, int? parentProcessId)
    {
        try
        {
            while (parentProcessId is not { } parent || Posix.IsAlive(parent))
            {
                await Task.Delay(parentProcessId is null ? Timeout.InfiniteTimeSpan : TimeSpan.FromMilliseconds(500), shutdown);
            }
            console.Info($"the parent process {parentProcessId} is gone");
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>The folder holding AiVideo.sln (AppHost runs from its bin folder inside it).</summary>
    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AiVideo.sln")))
            {
                return directory.FullName;
            }
        }
        return Environment.CurrentDirectory;
    }
}
