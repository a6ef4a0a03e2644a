using System.Collections.Concurrent;

namespace AiVideo.Gateway.Tests;

/// <summary>The gateway as its own process, configured only by the settings given (no appsettings.json), on a free port.</summary>
public sealed class GatewayProcess : IAsyncDisposable
{
    private readonly ChildProcess _process;
    private readonly string _contentRoot;

    private GatewayProcess(ChildProcess process, string contentRoot, Uri address, ConcurrentQueue<string> output)
    {
        _process = process;
        _contentRoot = contentRoot;
        Address = address;
        Output = output;
    }

    public Uri Address { get; }

    public int ProcessId => _process.Id;

    public ConcurrentQueue<string> Output { get; }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Waits for the process to end and for the last of its output to be read (which can come after <see cref="HasExited"/>).</summary>
    public Task WaitForExitAsync() => _process.WaitForExitAsync();

    public static async Task<GatewayProcess> StartAsync(IReadOnlyDictionary<string, string?> settings, bool waitUntilAlive = true)
    {
        var port = LocalPorts.GetFree();
        var contentRoot = Directory.CreateTempSubdirectory("gateway-tests-").FullName;
        var environment = new Dictionary<string, string?>(settings.ToDictionary(s => s.Key.Replace(":", "__"), s => s.Value))
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        var output = new ConcurrentQueue<string>();
        var process = ChildProcess.Start("dotnet", [BuiltProjects.PathOf("gateway", "Gateway")], environment,
            output.Enqueue, contentRoot);
        var gateway = new GatewayProcess(process, contentRoot, new Uri($"http://127.0.0.1:{port}/"), output);
        if (waitUntilAlive)
        {
            using var http = new HttpClient();
            await Eventually.True(async () =>
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"The gateway exited with {process.ExitCode}:\n{string.Join('\n', output)}");
                }
                try
                {
                    return (await http.GetAsync(new Uri(gateway.Address, "/alive"))).IsSuccessStatusCode;
                }
                catch (HttpRequestException)
                {
                    return false;
                }
            }, "the gateway answers /alive");
        }
        return gateway;
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        Directory.Delete(_contentRoot, recursive: true);
    }
}
