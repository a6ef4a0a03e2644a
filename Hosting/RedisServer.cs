using System.Net.Sockets;
using System.Text;

namespace AiVideo.Hosting;

/// <summary>Settings of a local Redis. <see cref="Persistent"/> keeps an RDB snapshot in the data directory between runs.</summary>
public sealed record RedisServerOptions(string DataDirectory, int Port, bool Persistent = true);

/// <summary>Redis from the Debian package, bound to 127.0.0.1, supervised in the foreground.</summary>
public sealed class RedisServer(RedisServerOptions options, ILogger logger) : IInfrastructureServer
{
    private ChildProcess? _process;

    public string Name => "redis";

    public string Endpoint => $"127.0.0.1:{options.Port}";

    public string ConnectionString => $"127.0.0.1:{options.Port}";

    private string PidFile => Path.Combine(options.DataDirectory, "redis.pid");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.DataDirectory);
        if (StaleProcess.Find(PidFile, "redis-server") is { } stale)
        {
            logger.LogWarning("A Redis server from an earlier run (pid {Pid}) still uses {Path}; stopping it", stale, options.DataDirectory);
            await StaleProcess.TerminateAsync(stale, TimeSpan.FromSeconds(10));
        }

        _process = ChildProcess.Start("redis-server",
        [
            "--port", options.Port.ToString(), "--bind", "127.0.0.1", "--protected-mode", "yes",
            "--dir", options.DataDirectory, "--pidfile", PidFile, "--daemonize", "no",
            "--save", options.Persistent ? "60 1" : "", "--appendonly", "no", "--loglevel", "warning",
        ], output: line => logger.LogDebug("{Line}", line));

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!await PingAsync(cancellationToken))
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"Redis did not start on port {options.Port}.");
            }
            await Task.Delay(50, cancellationToken);
        }
    }

    public async Task StopAsync()
    {
        if (_process is not null)
        {
            await _process.StopAsync(TimeSpan.FromSeconds(15));
            _process = null;
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", options.Port, cancellationToken);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray(), cancellationToken);
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer, cancellationToken);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
