using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;

namespace AiVideo.EndToEnd.Tests;

public sealed class AppHostTests(ITestOutputHelper log)
{
    private static readonly string[] Services = ["identity-api", "projects-api", "media-api", "generation-api", "webhooks-api"];

    [Fact]
    public async Task AppHost_runs_the_whole_system_behind_the_gateway_and_stops_it_leaving_nothing_behind()
    {
        var data = Directory.CreateTempSubdirectory("aivideo-e2e-").FullName;
        var ports = new[] { "Gateway", "IdentityApi", "ProjectsApi", "MediaApi", "GenerationApi", "WebhooksApi", "Postgres", "RabbitMq",
            "RabbitMqManagement", "RabbitMqDistribution", "RabbitMqEpmd", "Redis" }.ToDictionary(p => p, _ => LocalPorts.GetFree());
        var output = new ConcurrentQueue<string>();
        var appHost = ChildProcess.Start("dotnet",
        [
            BuiltProjects.PathOf(typeof(AppHostTests).Assembly, "apphost"),
            $"--AppHost:DataDirectory={data}", "--AppHost:Ephemeral=true", $"--AppHost:ParentProcessId={Environment.ProcessId}",
            .. ports.Select(p => $"--AppHost:Ports:{p.Key}={p.Value}"),
        ], output: output.Enqueue);

        try
        {
            await Eventually.True(() => appHost.HasExited || output.Any(l => l.Contains("AiVideo is running at")),
                "AppHost reports the system running", TimeSpan.FromMinutes(4));
            appHost.HasExited.Should().BeFalse($"AppHost should be running, but it said:\n{string.Join('\n', output.TakeLast(40))}");

            using var http = new HttpClient();
            var health = await http.GetAsync($"http://127.0.0.1:{ports["Gateway"]}/health");
            var report = await health.Content.ReadFromJsonAsync<JsonElement>();
            log.WriteLine(report.ToString());
            health.StatusCode.Should().Be(HttpStatusCode.OK);
            foreach (var service in Services)
            {
                report.GetProperty("checks").GetProperty(service).GetProperty("status").GetString().Should().Be("Healthy", service);
            }

            foreach (var service in new[] { "identity", "projects", "media", "generation", "webhooks" })
            {
                var document = await http.GetFromJsonAsync<JsonElement>($"http://127.0.0.1:{ports["Gateway"]}/openapi/{service}/v1.json");
                document.GetProperty("openapi").GetString().Should().StartWith("3.", $"{service}'s OpenAPI document is served through the gateway");
            }
            (await http.GetAsync($"http://127.0.0.1:{ports["Gateway"]}/docs/index.html")).StatusCode.Should().Be(HttpStatusCode.OK);
            var token = await AUserRegistersAndOtherServicesAcceptTheirTokenAsync(http, $"http://127.0.0.1:{ports["Gateway"]}");
            await AFileIsUploadedAndReadBackThroughTheGatewayAsync(http, $"http://127.0.0.1:{ports["Gateway"]}", token);

            var started = ProcessesUsing(data).Concat(ServicePids(data)).Distinct().ToList();
            started.Should().HaveCountGreaterThan(Services.Length, "AppHost started the servers and the services");

            Posix.Signal(appHost.Id, Posix.SigTerm);
            await appHost.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

            appHost.ExitCode.Should().Be(0);
            output.Should().Contain(l => l.Contains("all resources stopped"));
            started.Where(Posix.IsAlive).Should().BeEmpty("every process AppHost started has stopped");
            ProcessesUsing(data).Should().BeEmpty();
            ports.Where(p => LocalPorts.IsListening(p.Value)).Select(p => p.Key).Should().BeEmpty("every port is released");
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

    /// <summary>Through the gateway: register, read the profile, and call media-api, which validates the token by authority.</summary>
    private static async Task<string> AUserRegistersAndOtherServicesAcceptTheirTokenAsync(HttpClient http, string gateway)
    {
        var registered = await http.PostAsJsonAsync($"{gateway}/api/auth/register",
            new { email = $"e2e-{Guid.NewGuid():N}@example.com", password = "Correct-Horse-42", name = "End To End" });
        registered.StatusCode.Should().Be(HttpStatusCode.Created, await registered.Content.ReadAsStringAsync());
        var token = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        var payload = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        var claims = JsonDocument.Parse(Convert.FromBase64String(payload + new string('=', (4 - payload.Length % 4) % 4))).RootElement;
        claims.GetProperty("iss").GetString().Should().Be(gateway, "tokens are issued by the public URL, the gateway's");

        foreach (var path in new[] { "/api/auth/profile", "/api/usage" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{gateway}{path}");
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            var response = await http.SendAsync(request);
            response.StatusCode.Should().Be(HttpStatusCode.OK, $"{path}: {await response.Content.ReadAsStringAsync()}");
        }
        return token;
    }

    /// <summary>
    /// The upload protocol as AppHost runs it: the filesystem backend's presigned URL points at the gateway, which streams
    /// the bytes to media-api; the file is then read back through the gateway.
    /// </summary>
    private static async Task AFileIsUploadedAndReadBackThroughTheGatewayAsync(HttpClient http, string gateway, string token)
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 0, 2, 0, 0, 0, 3, 8, 6, 0, 0, 0, .. new byte[995]];
        var created = await Send(HttpMethod.Post, "/api/uploads",
            JsonContent.Create(new { fileName = "e2e.png", contentType = "image/png", size = png.Length, purpose = "company-asset" }));
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var ticket = await created.Content.ReadFromJsonAsync<JsonElement>();
        var url = ticket.GetProperty("url").GetString()!;
        url.Should().StartWith($"{gateway}/storage/", "the filesystem backend's URLs are served through the gateway");

        var put = new ByteArrayContent(png);
        put.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
        (await http.PutAsync(url, put)).StatusCode.Should().Be(HttpStatusCode.OK);
        var completed = await Send(HttpMethod.Post, $"/api/uploads/{ticket.GetProperty("uploadId").GetGuid()}/complete", JsonContent.Create(new { }));
        completed.StatusCode.Should().Be(HttpStatusCode.OK, await completed.Content.ReadAsStringAsync());
        var file = await completed.Content.ReadFromJsonAsync<JsonElement>();
        file.GetProperty("width").GetInt32().Should().Be(2);

        var content = await Send(HttpMethod.Get, $"/api/files/{file.GetProperty("id").GetGuid()}/content", null);
        content.StatusCode.Should().Be(HttpStatusCode.OK);
        (await content.Content.ReadAsByteArrayAsync()).Should().Equal(png);

        async Task<HttpResponseMessage> Send(HttpMethod method, string path, HttpContent? body)
        {
            using var request = new HttpRequestMessage(method, $"{gateway}{path}") { Content = body };
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            return await http.SendAsync(request);
        }
    }

    /// <summary>Processes whose command line names the data directory: PostgreSQL, RabbitMQ (and its epmd's node), Redis.</summary>
    private static IEnumerable<int> ProcessesUsing(string data) =>
        Directory.GetDirectories("/proc").Select(Path.GetFileName).Select(name => int.TryParse(name, out var pid) ? pid : 0)
            .Where(pid => pid > 0 && Posix.IsAlive(pid) && Posix.CommandLine(pid).Contains(data, StringComparison.Ordinal))
            .ToList();

    /// <summary>The service and gateway processes AppHost recorded while running.</summary>
    private static IEnumerable<int> ServicePids(string data) =>
        File.ReadAllLines(Path.Combine(data, "apphost.pids")).Select(line => int.Parse(line.Split(' ')[0]));
}
