using System.Collections.Concurrent;
using System.Diagnostics;
using AiVideo.ServiceDefaults.Http;
using Microsoft.Extensions.Configuration;
using Polly.CircuitBreaker;

namespace AiVideo.ServiceDefaults.Tests;

public sealed class ResilienceTests : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, int> _calls = new();
    private LocalServer _upstream = null!;
    private IHost _client = null!;

    public async Task InitializeAsync()
    {
        _upstream = await LocalServer.StartAsync(app =>
        {
            app.MapMethods("/flaky/{key}", ["GET", "POST"], (string key) => Count(key) <= 2 ? Results.StatusCode(503) : Results.Ok(key));
            app.MapGet("/always-failing/{key}", (string key) => { Count(key); return Results.StatusCode(503); });
            app.MapGet("/busy/{key}", (string key, HttpResponse response) =>
            {
                if (Count(key) == 1)
                {
                    response.Headers.RetryAfter = "1";
                    return Results.StatusCode(429);
                }
                return Results.Ok();
            });
        });

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["services:flaky-api:http:0"] = _upstream.Address.ToString(),
            ["HttpResilience:RetryBaseDelay"] = "00:00:00.010",
            ["HttpResilience:Clients:fragile:MaxRetryAttempts"] = "0",
            ["HttpResilience:Clients:fragile:BreakerMinimumThroughput"] = "4",
            ["HttpResilience:Clients:fragile:BreakDuration"] = "00:01:00",
        });
        builder.AddServiceDiscovery();
        builder.AddDefaultHttpClients();
        _client = builder.Build();
        await _client.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _client.StopAsync();
        _client.Dispose();
        await _upstream.DisposeAsync();
    }

    [Fact]
    public async Task A_get_is_retried_through_transient_failures_to_a_service_found_by_name()
    {
        var key = Guid.NewGuid().ToString("N");

        var response = await Http().GetAsync($"http://flaky-api/flaky/{key}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        _calls[key].Should().Be(3, "two 503s were retried");
    }

    [Fact]
    public async Task A_post_is_not_retried_once_it_reached_the_service()
    {
        var key = Guid.NewGuid().ToString("N");

        var response = await Http().PostAsync($"http://flaky-api/flaky/{key}", new StringContent("order"));

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        _calls[key].Should().Be(1, "repeating a POST could do its work twice");
    }

    [Fact]
    public async Task Retry_after_is_honoured()
    {
        var key = Guid.NewGuid().ToString("N");
        var clock = Stopwatch.StartNew();

        var response = await Http().GetAsync($"http://flaky-api/busy/{key}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        clock.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(900), "the service asked for a one-second pause");
    }

    [Fact]
    public async Task After_repeated_failures_the_circuit_opens_and_calls_fail_fast_without_reaching_the_service()
    {
        var key = Guid.NewGuid().ToString("N");
        var http = Http("fragile");
        for (var i = 0; i < 4; i++)
        {
            (await http.GetAsync($"http://flaky-api/always-failing/{key}")).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        }

        var call = () => http.GetAsync($"http://flaky-api/always-failing/{key}");

        await call.Should().ThrowAsync<BrokenCircuitException>();
        _calls[key].Should().Be(4, "the open circuit kept the fifth call from the service");
    }

    private HttpClient Http(string name = "") => _client.Services.GetRequiredService<IHttpClientFactory>().CreateClient(name);

    private int Count(string key) => _calls.AddOrUpdate(key, 1, (_, n) => n + 1);
}
