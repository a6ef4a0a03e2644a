using System.Collections.Concurrent;
using Xunit.Abstractions;

namespace AiVideo.EndToEnd.Tests;

/// <summary>
/// The AppHost as <c>./run.sh</c> and <c>./test.sh</c> start it, a process of its own: it announces where everything is
/// once the gateway is healthy, and SIGTERM, or even SIGKILL, leaves no process behind (DCP, the dashboard, the servers,
/// epmd, the services). DCP detaches from the AppHost, so its processes are found by a marker in the environment they
/// all inherit from the AppHost.
/// </summary>
public sealed class AppHostProcessTests(ITestOutputHelper log)
{
    private static readonly TimeSpan Startup = TimeSpan.FromMinutes(8);

    [Fact]
    public async Task The_system_announces_the_gateway_docs_and_dashboard_and_sigterm_stops_every_process_it_started()
    {
        var data = Directory.CreateTempSubdirectory("aivideo-apphost-").FullName;
        var (gateway, dashboard, otlp) = (LocalPorts.GetFree(), LocalPorts.GetFree(), LocalPorts.GetFree());
        var output = new ConcurrentQueue<string>();
        var marker = $"aivideo-run-{Guid.NewGuid():N}";
        var appHost = ChildProcess.Start("dotnet", [BuiltProjects.PathOf("AppHost", "AppHost"), .. Arguments(data, gateway)],
            new Dictionary<string, string?>
            {
                ["AIVIDEO_RUN_MARKER"] = marker,
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{dashboard}",
                ["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = $"http://127.0.0.1:{otlp}",
                ["RateLimits__Auth__PermitLimit"] = "3",
            }, output.Enqueue);
        try
        {
            await Eventually.True(() => appHost.HasExited || output.Any(l => l.Contains("AiVideo is running at")), "the AppHost announces the system", Startup);
            appHost.HasExited.Should().BeFalse(string.Join('\n', output.TakeLast(40)));
            var announcement = string.Join('\n', output);
            announcement.Should().Contain($"http://127.0.0.1:{gateway}/docs").And.Contain($"http://127.0.0.1:{dashboard}/login?t=")
                .And.Contain($"AIVIDEO_URL=http://127.0.0.1:{gateway} ./run.sh demo \"", "it shows how to make a video on this gateway");

            using var http = new HttpClient();
            (await http.GetAsync($"http://127.0.0.1:{gateway}/health")).StatusCode.Should().Be(HttpStatusCode.OK);
            var login = output.Select(l => System.Text.RegularExpressions.Regex.Match(l, @"http://127\.0\.0\.1:\d+/login\?t=\w+")).First(m => m.Success).Value;
            (await http.GetAsync(login)).IsSuccessStatusCode.Should().BeTrue("the dashboard answers its login link");
            var started = ProcessTree.Mentioning(marker);
            var identity = started.Where(pid => Posix.CommandLine(pid).Contains("Identity.Api")).ToList();
            identity.Should().NotBeEmpty("identity-api runs as a process of the AppHost's");
            identity.Should().OnlyContain(pid => File.ReadAllText($"/proc/{pid}/environ").Contains("RateLimits__Auth__PermitLimit=3"),
                "settings given to ./run.sh as environment variables reach the services");

            started.Where(pid => Posix.CommandLine(pid).Contains("dcp")).Should().NotBeEmpty("DCP runs the resources");
            started.Where(pid => Posix.CommandLine(pid).Contains("Aspire.Dashboard")).Should().NotBeEmpty("the dashboard runs");
            started.Should().HaveCountGreaterThan(10, "DCP, the dashboard, the servers and the services run for the AppHost");
            Posix.Signal(appHost.Id, Posix.SigTerm);
            await appHost.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

            await Eventually.True(() => ProcessTree.Mentioning(marker).Count == 0 && ProcessTree.Mentioning(data).Count == 0,
                "every process the AppHost started has stopped", TimeSpan.FromMinutes(1));
            LocalPorts.IsListening(gateway).Should().BeFalse();
            LocalPorts.IsListening(dashboard).Should().BeFalse();
        }
        finally
        {
            log.WriteLine(string.Join('\n', output.TakeLast(80)));
            await appHost.DisposeAsync();
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }

    [Fact]
    public async Task A_killed_apphost_leaves_no_server_running()
    {
        var data = Directory.CreateTempSubdirectory("aivideo-apphost-").FullName;
        var environmentFile = Path.Combine(data, "servers.env");
        var output = new ConcurrentQueue<string>();
        var marker = $"aivideo-run-{Guid.NewGuid():N}";
        var appHost = ChildProcess.Start("dotnet",
            [BuiltProjects.PathOf("AppHost", "AppHost"), "--infrastructure-only", $"--AppHost:EnvironmentFile={environmentFile}", .. Arguments(data, 0)],
            new Dictionary<string, string?> { ["AIVIDEO_RUN_MARKER"] = marker }, output.Enqueue);
        try
        {
            await Eventually.True(() => appHost.HasExited || File.Exists(environmentFile), "the servers are ready", Startup);
            appHost.HasExited.Should().BeFalse(string.Join('\n', output.TakeLast(40)));
            ProcessTree.Mentioning(data).Should().NotBeEmpty("PostgreSQL, RabbitMQ and Redis keep their data there");
            ProcessTree.Mentioning(marker).Where(pid => Posix.CommandLine(pid).Contains("epmd")).Should().NotBeEmpty("RabbitMQ's epmd runs as a resource");

            Posix.Signal(appHost.Id, Posix.SigKill);

            await Eventually.True(() => ProcessTree.Mentioning(marker).Count == 0 && ProcessTree.Mentioning(data).Count == 0,
                "DCP notices its AppHost is gone and stops every server", TimeSpan.FromMinutes(1));
        }
        finally
        {
            log.WriteLine(string.Join('\n', output.TakeLast(60)));
            await appHost.DisposeAsync();
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }

    private static string[] Arguments(string data, int gateway) =>
    [
        $"--AppHost:DataDirectory={data}", "--AppHost:Ephemeral=true", "--AppHost:Servers=executables", $"--AppHost:Ports:Gateway={gateway}",
        "--AppHost:Ports:Postgres=0", "--AppHost:Ports:RabbitMq=0", "--AppHost:Ports:RabbitMqManagement=0", "--AppHost:Ports:RabbitMqDistribution=0",
        "--AppHost:Ports:RabbitMqEpmd=0", "--AppHost:Ports:Redis=0",
    ];
}
