using System.Collections.Concurrent;

namespace AiVideo.Testing;

/// <summary>
/// PostgreSQL, RabbitMQ, Redis (and s3rver) started by the AppHost's infrastructure-only mode, exactly as the AppHost
/// starts them for <c>./run.sh</c>, with throwaway data on free ports (or the ones asked for). The AppHost stops them when
/// this is disposed, or when the test process ends however it ends.
/// </summary>
public sealed class InfrastructureProcess : IAsyncDisposable
{
    private static readonly string[] PortNames = ["Postgres", "RabbitMq", "RabbitMqManagement", "RabbitMqDistribution", "RabbitMqEpmd", "Redis", "S3rver"];

    private readonly ChildProcess _appHost;
    private readonly string _data;

    private InfrastructureProcess(ChildProcess appHost, string data, IReadOnlyDictionary<string, string> addresses)
    {
        _appHost = appHost;
        _data = data;
        Addresses = addresses;
    }

    /// <summary>The servers' addresses as the AppHost wrote them (<c>AIVIDEO_POSTGRES</c>, <c>AIVIDEO_RABBITMQ</c>, ...).</summary>
    public IReadOnlyDictionary<string, string> Addresses { get; }

    /// <summary>
    /// What to start: fixed ports by name (<c>Postgres</c>, <c>RabbitMq</c>, ...; others are free ones), s3rver, and which
    /// servers by resource name (<c>ResourceNames.Postgres</c>, ...; null: PostgreSQL, RabbitMQ and Redis).
    /// </summary>
    public sealed record Options(IReadOnlyDictionary<string, int>? Ports = null, bool StartS3rver = false, IReadOnlyList<string>? Servers = null);

    public static async Task<InfrastructureProcess> StartAsync(Options options)
    {
        var data = Directory.CreateTempSubdirectory("aivideo-servers-").FullName;
        var environmentFile = Path.Combine(data, "servers.env");
        var output = new ConcurrentQueue<string>();
        var appHost = ChildProcess.Start("dotnet",
        [
            BuiltProjects.PathOf("AppHost", "AppHost"), "--infrastructure-only",
            $"--AppHost:DataDirectory={data}", "--AppHost:Ephemeral=true", $"--AppHost:EnvironmentFile={environmentFile}",
            $"--AppHost:ParentProcessId={Environment.ProcessId}", $"--AppHost:StartS3rver={options.StartS3rver}", "--AppHost:Servers=executables",
            .. PortNames.Select(name => $"--AppHost:Ports:{name}={options.Ports?.GetValueOrDefault(name) ?? 0}"),
            .. options.Servers is null ? [] : new[] { $"--AppHost:InfrastructureServers={string.Join(',', options.Servers)}" },
        ], output: output.Enqueue);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Posix.Signal(appHost.Id, Posix.SigTerm);

        try
        {
            await Eventually.True(() => File.Exists(environmentFile) || appHost.HasExited, "AppHost wrote the servers' addresses", TimeSpan.FromMinutes(10));
        }
        catch (TimeoutException)
        {
            // Reported below, with what AppHost printed.
        }
        if (!File.Exists(environmentFile))
        {
            await appHost.DisposeAsync();
            throw new InvalidOperationException($"AppHost did not start the servers:\n{string.Join('\n', output)}");
        }

        var addresses = (await File.ReadAllLinesAsync(environmentFile))
            .Select(line => line.Replace("export ", "").Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1].Trim('\''));
        return new InfrastructureProcess(appHost, data, addresses);
    }

    public async ValueTask DisposeAsync()
    {
        await _appHost.StopAsync(TimeSpan.FromMinutes(1));
        await _appHost.DisposeAsync();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}
