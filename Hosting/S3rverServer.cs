using System.Net.Sockets;

namespace AiVideo.Hosting;

/// <summary>Settings of a local s3rver: where its data and its installation (the folder holding node_modules) are.</summary>
public sealed record S3rverOptions(string DataDirectory, int Port, string InstallDirectory);

/// <summary>
/// s3rver, an S3-compatible server from npm (installed and patched by scripts/setup.sh), for the S3 storage backend's
/// tests and benchmarks. Credentials are s3rver's fixed <c>S3RVER</c>/<c>S3RVER</c>; it listens on 127.0.0.1 only.
/// </summary>
public sealed class S3rverServer(S3rverOptions options, ILogger logger) : IInfrastructureServer
{
    public const string AccessKey = "S3RVER";
    public const string SecretKey = "S3RVER";

    private ChildProcess? _process;

    public string Name => "storage";

    public string Endpoint => ServiceUrl;

    public string ServiceUrl => $"http://127.0.0.1:{options.Port}";

    /// <summary>The installed s3rver under <paramref name="repositoryRoot"/> (.tools/s3rver), if any.</summary>
    public static string InstallDirectoryIn(string repositoryRoot) => Path.Combine(repositoryRoot, ".tools", "s3rver");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var script = Path.Combine(options.InstallDirectory, "node_modules", "s3rver", "bin", "s3rver.js");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"s3rver is not installed at {options.InstallDirectory}: ./test.sh installs it (scripts/setup.sh ensure_s3rver).");
        }
        Directory.CreateDirectory(options.DataDirectory);
        _process = ChildProcess.Start("node", [script, "-d", options.DataDirectory, "-a", "127.0.0.1", "-p", options.Port.ToString(), "--silent"],
            new Dictionary<string, string?> { ["NODE_OPTIONS"] = "--openssl-legacy-provider" }, line => logger.LogInformation("{Line}", line));

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!await AcceptsAsync(cancellationToken))
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"s3rver did not start on port {options.Port}.");
            }
            await Task.Delay(50, cancellationToken);
        }
    }

    public async Task StopAsync()
    {
        if (_process is not null)
        {
            await _process.StopAsync(TimeSpan.FromSeconds(10));
            _process = null;
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private async Task<bool> AcceptsAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", options.Port, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
