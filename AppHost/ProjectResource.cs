namespace AiVideo.AppHost;

/// <summary>A service (or the gateway) run as <c>dotnet &lt;assembly&gt;</c> on a loopback port, its output streamed under its name.</summary>
public sealed class ProjectResource(string name, int port, IReadOnlyDictionary<string, string?> environment, ResourceConsole console)
{
    private ChildProcess? _process;

    public string Name { get; } = name;

    public int Port { get; } = port;

    public string Url => $"http://127.0.0.1:{Port}";

    public string State { get; private set; } = "not started";

    public int? ProcessId => _process?.Id;

    public string AssemblyPath { get; } = ServiceProjects.PathOf(name);

    public void Start()
    {
        var variables = new Dictionary<string, string?>(environment) { ["ASPNETCORE_URLS"] = Url };
        _process = ChildProcess.Start("dotnet", [AssemblyPath], variables, line => console.WriteLine(Name, line),
            Path.GetDirectoryName(AssemblyPath));
        State = "starting";
    }

    /// <summary>Polls <c>/health</c> until it answers 200; fails if the process exits or the time runs out.</summary>
    public async Task WaitHealthyAsync(HttpClient http, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_process is null || _process.HasExited)
            {
                State = "exited";
                throw new InvalidOperationException($"{Name} exited (code {_process?.ExitCode}) before it was healthy.");
            }
            try
            {
                using var response = await http.GetAsync($"{Url}/health", cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    State = "healthy";
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            if (DateTime.UtcNow > deadline)
            {
                State = "unhealthy";
                throw new TimeoutException($"{Name} was not healthy at {Url}/health within {timeout.TotalSeconds:0} s.");
            }
            await Task.Delay(250, cancellationToken);
        }
    }

    public async Task StopAsync()
    {
        if (_process is not null)
        {
            await _process.StopAsync(TimeSpan.FromSeconds(30));
            State = "stopped";
        }
    }
}
