namespace AiVideo.AppHost.Local;

/// <summary>
/// What a run of the AppHost on this machine is: its settings, the repository it runs from, where the servers keep
/// their data, and whether PostgreSQL, RabbitMQ and Redis run as containers (a container runtime answers, or the AppHost
/// publishes) or from the installed binaries.
/// </summary>
public sealed class LocalRun
{
    private LocalRun(AppHostSettings settings, string repositoryRoot, bool useContainers)
    {
        Settings = settings;
        RepositoryRoot = repositoryRoot;
        DataDirectory = Path.GetFullPath(settings.DataDirectory, repositoryRoot);
        UseContainers = useContainers;
        GatewayPort = LocalPorts.OrFree(settings.Ports.Gateway);
    }

    public AppHostSettings Settings { get; }

    public string RepositoryRoot { get; }

    public string DataDirectory { get; }

    public bool UseContainers { get; }

    public int GatewayPort { get; }

    /// <summary>Where clients reach the system: the gateway, on loopback.</summary>
    public string PublicUrl => $"http://127.0.0.1:{GatewayPort}";

    /// <summary>A folder of the AppHost's own files (the server launch scripts).</summary>
    public string ScriptPath(string script) => Path.Combine(AppContext.BaseDirectory, "servers", script);

    /// <summary>The run of this builder, made once from its configuration.</summary>
    public static LocalRun Of(IDistributedApplicationBuilder builder)
    {
        if (builder.Services.FirstOrDefault(d => d.ServiceType == typeof(LocalRun))?.ImplementationInstance is LocalRun existing)
        {
            return existing;
        }
        var settings = builder.Configuration.GetSection(AppHostSettings.SectionName).Get<AppHostSettings>() ?? new AppHostSettings();
        var root = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, ".."));
        var containers = builder.ExecutionContext.IsPublishMode || settings.Servers switch
        {
            "containers" => true,
            "executables" => false,
            _ => ContainerRuntime.Answers(),
        };
        var run = new LocalRun(settings, root, containers);
        Directory.CreateDirectory(run.DataDirectory);
        builder.Services.AddSingleton(run);
        return run;
    }
}
