namespace AiVideo.Hosting;

/// <summary>Ports of a local RabbitMQ node: AMQP, the management HTTP API, Erlang distribution and a private epmd.</summary>
public sealed record RabbitMqServerOptions(
    string DataDirectory, int Port, int ManagementPort, int DistributionPort, int EpmdPort, string NodeName = "aivideo");

/// <summary>
/// A RabbitMQ node from the Debian package, run directly (no systemd) with its own environment so that it runs as root,
/// listens on 127.0.0.1 only and uses a private epmd. The management plugin is on (operators' UI, and the tests create
/// virtual hosts through its API).
/// </summary>
public sealed class RabbitMqServer(RabbitMqServerOptions options, ILogger logger) : IInfrastructureServer
{
    private const string Bin = "/usr/lib/rabbitmq/bin";
    private ChildProcess? _process;

    public string Name => "eventbus";

    public string Endpoint => $"amqp://127.0.0.1:{options.Port} (management http://127.0.0.1:{options.ManagementPort})";

    public string ConnectionString => $"amqp://guest:guest@127.0.0.1:{options.Port}/";

    public Uri ManagementUri => new($"http://127.0.0.1:{options.ManagementPort}/");

    private string PidFile => Path.Combine(options.DataDirectory, "rabbitmq.pid");

    private string EpmdPortFile => Path.Combine(options.DataDirectory, "epmd.port");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(Path.Combine(Bin, "rabbitmq-server")))
        {
            throw new InvalidOperationException("RabbitMQ is not installed: run ./run.sh or ./test.sh to install it.");
        }

        foreach (var folder in new[] { "home", "mnesia", "log" })
        {
            Directory.CreateDirectory(Path.Combine(options.DataDirectory, folder));
        }
        await StopStaleAsync();

        await File.WriteAllTextAsync(Path.Combine(options.DataDirectory, "rabbitmq.conf"), $"""
            listeners.tcp.1 = 127.0.0.1:{options.Port}
            loopback_users.guest = true
            management.tcp.ip = 127.0.0.1
            management.tcp.port = {options.ManagementPort}
            log.console = true
            log.console.level = warning
            log.file = false
            """, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(options.DataDirectory, "enabled_plugins"), "[rabbitmq_management].", cancellationToken);
        await File.WriteAllTextAsync(EpmdPortFile, options.EpmdPort.ToString(), cancellationToken);

        _process = ChildProcess.Start(Path.Combine(Bin, "rabbitmq-server"), [], Environment(),
            line => logger.LogDebug("{Line}", line));
        var ready = await Command.RunAsync(Path.Combine(Bin, "rabbitmqctl"), ["-q", "wait", "--timeout", "90", PidFile], Environment(),
            TimeSpan.FromSeconds(120), cancellationToken);
        if (ready.ExitCode != 0 || _process.HasExited)
        {
            throw new InvalidOperationException($"RabbitMQ did not start on port {options.Port}:\n{ready.Output}");
        }
    }

    public async Task StopAsync()
    {
        if (_process is not null)
        {
            await _process.StopAsync(TimeSpan.FromSeconds(30));
            _process = null;
        }
        await StopStaleAsync();
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    /// <summary>Stops a node (and its epmd) that a killed earlier run left on this data directory.</summary>
    private async Task StopStaleAsync()
    {
        if (StaleProcess.Find(PidFile, "beam") is { } pid)
        {
            logger.LogWarning("A RabbitMQ node from an earlier run (pid {Pid}) still uses {Path}; stopping it", pid, options.DataDirectory);
            await StaleProcess.TerminateAsync(pid, TimeSpan.FromSeconds(30));
        }
        if (File.Exists(EpmdPortFile) && int.TryParse(await File.ReadAllTextAsync(EpmdPortFile), out var epmdPort))
        {
            await Command.RunAsync("epmd", ["-port", epmdPort.ToString(), "-kill"], new Dictionary<string, string?> { ["ERL_EPMD_ADDRESS"] = "127.0.0.1" },
                TimeSpan.FromSeconds(10));
            File.Delete(EpmdPortFile);
        }
    }

    private Dictionary<string, string?> Environment()
    {
        const string loopbackDistribution = "-kernel inet_dist_use_interface {127,0,0,1}";
        return new Dictionary<string, string?>
        {
            ["HOME"] = Path.Combine(options.DataDirectory, "home"),
            ["RABBITMQ_NODENAME"] = $"{options.NodeName}@localhost",
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = options.Port.ToString(),
            ["RABBITMQ_DIST_PORT"] = options.DistributionPort.ToString(),
            ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
            ["ERL_EPMD_PORT"] = options.EpmdPort.ToString(),
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(options.DataDirectory, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(options.DataDirectory, "log"),
            ["RABBITMQ_PID_FILE"] = PidFile,
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(options.DataDirectory, "rabbitmq"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(options.DataDirectory, "enabled_plugins"),
            ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = loopbackDistribution,
            ["RABBITMQ_CTL_ERL_ARGS"] = loopbackDistribution,
        };
    }
}
