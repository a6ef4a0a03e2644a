using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Polly.CircuitBreaker;

namespace AiVideo.ServiceDefaults.Tests;

/// <summary>The standard resilience handler every HttpClient gets from the service defaults, as configured by them.</summary>
public sealed class ResilienceTests : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, int> _calls = new();
    private LocalServer _upstream = null!;
    private IHost _client = null!;
    private IHost _fragileClient = null!;

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

        _client = await StartClientAsync(("HttpResilience:Retry:Delay", "00:00:00.010"));
        _fragileClient = await StartClientAsync(("HttpResilience:Retry:Delay", "00:00:00.010"), ("HttpResilience:Retry:MaxRetryAttempts", "1"),
            ("HttpResilience:CircuitBreaker:MinimumThroughput", "4"), ("HttpResilience:CircuitBreaker:BreakDuration", "00:01:00"));
    }

    private async Task<IHost> StartClientAsync(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings.Append((Key: "services:flaky-api:http:0", Value: _upstream.Address.ToString()))
            .ToDictionary(s => s.Key, s => (string?)s.Value));
        builder.AddBasicServiceDefaults();
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    public async Task DisposeAsync()
    {
        foreach (var host in new[] { _client, _fragileClient })
        {
            await host.StopAsync();
            host.Dispose();
        }
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
        var http = _fragileClient.Services.GetRequiredService<IHttpClientFactory>().CreateClient();
        var opened = false;
        for (var i = 0; i < 10 && !opened; i++)
        {
            try
            {
                (await http.GetAsync($"http://flaky-api/always-failing/{key}")).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            }
            catch (BrokenCircuitException)
            {
                opened = true;
            }
        }
        opened.Should().BeTrue("the circuit opens after repeated failures");
        var callsWhenOpened = _calls[key];

        var call = () => http.GetAsync($"http://flaky-api/always-failing/{key}");

        await call.Should().ThrowAsync<BrokenCircuitException>();
        _calls[key].Should().Be(callsWhenOpened, "the open circuit kept the call from the service");
        callsWhenOpened.Should().BeGreaterThanOrEqualTo(4, "the circuit opens only after HttpResilience:CircuitBreaker:MinimumThroughput failures");
    }

    private HttpClient Http() => _client.Services.GetRequiredService<IHttpClientFactory>().CreateClient();

    private int Count(string key) => _calls.AddOrUpdate(key, 1, (_, n) => n + 1);
}
