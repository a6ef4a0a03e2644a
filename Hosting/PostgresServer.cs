namespace AiVideo.Hosting;

/// <summary>Settings of a local PostgreSQL server. <see cref="Ephemeral"/> trades durability for speed (tests only).</summary>
public sealed record PostgresServerOptions(string DataDirectory, int Port, bool Ephemeral = false, int MaxConnections = 300);

/// <summary>
/// PostgreSQL from the Debian packages: <c>initdb</c> on first use, then <c>pg_ctl</c>, listening on 127.0.0.1 only with
/// trust authentication for the local <c>postgres</c> user. As root the binaries run as the <c>postgres</c> user (initdb refuses root).
/// </summary>
public sealed class PostgresServer(PostgresServerOptions options, ILogger logger) : IInfrastructureServer
{
    private string DataPath => Path.Combine(options.DataDirectory, "data");

    public string Name => "postgres";

    public int Port => options.Port;

    public string Endpoint => $"127.0.0.1:{options.Port}";

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={options.Port};Username=postgres;Database={database}";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.DataDirectory);
        if (Posix.IsRoot)
        {
            AllowPostgresToTraverse(options.DataDirectory);
            await Command.RunAsync("chown", ["-R", "postgres:postgres", options.DataDirectory], cancellationToken: cancellationToken);
        }

        if (!File.Exists(Path.Combine(DataPath, "PG_VERSION")))
        {
            logger.LogInformation("Initialising a PostgreSQL cluster in {Path}", DataPath);
            string[] init = ["-D", DataPath, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"];
            (await RunAsync("initdb", options.Ephemeral ? [.. init, "--no-sync"] : init, cancellationToken)).EnsureSuccess("initdb");
        }

        if (StaleProcess.Find(Path.Combine(DataPath, "postmaster.pid"), "postgres") is { } stale)
        {
            logger.LogWarning("A PostgreSQL server from an earlier run (pid {Pid}) still uses {Path}; stopping it", stale, DataPath);
            await RunAsync("pg_ctl", ["-D", DataPath, "-m", "fast", "-w", "stop"], cancellationToken);
        }

        var settings = $"-c listen_addresses=127.0.0.1 -p {options.Port} -c unix_socket_directories={DataPath} -c max_connections={options.MaxConnections}";
        if (options.Ephemeral)
        {
            settings += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        }
        (await RunAsync("pg_ctl", ["-D", DataPath, "-l", Path.Combine(options.DataDirectory, "postgres.log"), "-w", "-t", "60", "-o", settings, "start"], cancellationToken))
            .EnsureSuccess($"Starting PostgreSQL on port {options.Port} (log: {Path.Combine(options.DataDirectory, "postgres.log")})");
    }

    /// <summary>
    /// As root the server runs as <c>postgres</c>, which must be able to reach its data directory: ancestors without
    /// "others may traverse" (a 0700 temporary folder) get it, and nothing more (no listing, no reading).
    /// </summary>
    private void AllowPostgresToTraverse(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        for (var current = Directory.GetParent(Path.GetFullPath(directory)); current is not null; current = current.Parent)
        {
            var mode = File.GetUnixFileMode(current.FullName);
            if (!mode.HasFlag(UnixFileMode.OtherExecute))
            {
                logger.LogInformation("Letting the postgres user traverse {Directory}", current.FullName);
                File.SetUnixFileMode(current.FullName, mode | UnixFileMode.OtherExecute);
            }
        }
    }

    public async Task StopAsync()
    {
        if (StaleProcess.Find(Path.Combine(DataPath, "postmaster.pid"), "postgres") is not null)
        {
            await RunAsync("pg_ctl", ["-D", DataPath, "-m", "fast", "-w", "stop"], CancellationToken.None);
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private static Task<Command.Result> RunAsync(string tool, string[] arguments, CancellationToken cancellationToken)
    {
        var binary = Path.Combine(BinDirectory(), tool);
        return Posix.IsRoot
            ? Command.RunAsync("runuser", ["-u", "postgres", "--", binary, .. arguments], cancellationToken: cancellationToken, newSession: true)
            : Command.RunAsync(binary, arguments, cancellationToken: cancellationToken, newSession: true);
    }

    /// <summary>The newest installed server version's binaries (e.g. /usr/lib/postgresql/15/bin).</summary>
    private static string BinDirectory() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin")).First(d => File.Exists(Path.Combine(d, "pg_ctl")))
            : throw new InvalidOperationException("PostgreSQL is not installed (no /usr/lib/postgresql): run ./run.sh or ./test.sh to install it.");
}
