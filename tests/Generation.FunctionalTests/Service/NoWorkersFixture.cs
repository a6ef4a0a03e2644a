namespace AiVideo.Generation.FunctionalTests.Service;

/// <summary>
/// The system with an in-process generation-api that serves the API and consumes events but runs no workers: the tests
/// start the workers they need. Claims made through its use cases last 3 s, so a test sees a lease run out quickly.
/// </summary>
public sealed class NoWorkersFixture : GenerationFixture
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings { get; } = new Dictionary<string, string?>
    {
        ["Generation:Jobs:RunWorkers"] = "false",
        ["Generation:Jobs:LeaseDuration"] = "00:00:03",
    };

    /// <summary>Another generation-api in the test process on the same database and bus, running workers under <paramref name="workerId"/>.</summary>
    public Task<ServiceApp<Api.GenerationApi>> StartWorkerAsync(string workerId, IReadOnlyDictionary<string, string?>? extra = null) =>
        ServiceApp<Api.GenerationApi>.CreateAsync(ResourceNames.GenerationDatabase, WorkerSettings(workerId, extra), new ServiceAppOptions(ListenOnLoopback: true));

    /// <summary>generation-api as a process of its own on the same database and bus, running workers under <paramref name="workerId"/>.</summary>
    public async Task<(ChildProcess Process, Uri Address)> StartWorkerProcessAsync(string workerId, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var port = LocalPorts.GetFree();
        var environment = GenerationSettings.AsEnvironment(WorkerSettings(workerId, extra));
        environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        var assembly = BuiltProjects.PathOf("services/Generation/Generation.Api", "Generation.Api");
        var process = ChildProcess.Start("dotnet", [assembly], environment, workingDirectory: Path.GetDirectoryName(assembly));
        var address = new Uri($"http://127.0.0.1:{port}/");
        using var probe = new HttpClient();
        await Eventually.True(async () =>
        {
            try
            {
                return (await probe.GetAsync(new Uri(address, "/alive"))).IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, "the generation-api process is up", TimeSpan.FromMinutes(3));
        return (process, address);
    }

    /// <summary>This fixture's settings for a worker instance: workers on, the common 10 s lease, then <paramref name="extra"/>.</summary>
    private Dictionary<string, string?> WorkerSettings(string workerId, IReadOnlyDictionary<string, string?>? extra)
    {
        var settings = new Dictionary<string, string?>(Generation.Settings)
        {
            ["Generation:Jobs:RunWorkers"] = "true",
            ["Generation:Jobs:WorkerId"] = workerId,
            ["Generation:Jobs:LeaseDuration"] = "00:00:10",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        return settings;
    }
}
