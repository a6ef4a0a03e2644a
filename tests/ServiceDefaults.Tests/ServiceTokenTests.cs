using System.Collections.Concurrent;
using System.Diagnostics;
using AiVideo.ServiceDefaults.Authentication;
using Microsoft.Extensions.Configuration;

namespace AiVideo.ServiceDefaults.Tests;

/// <summary>
/// Calls between services with service tokens when identity-api is slow or down: each token request gives up after
/// ServiceAuth:RequestTimeout, and the call that needed the token is retried by its own resilience pipeline.
/// </summary>
public sealed class ServiceTokenTests : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, int> _calls = new();
    private LocalServer _identity = null!;
    private LocalServer _service = null!;
    private IHost _caller = null!;
    private volatile int _failFirst;

    public async Task InitializeAsync()
    {
        _identity = await LocalServer.StartAsync(app =>
        {
            app.MapPost("/hanging/connect/token", async (HttpContext http) =>
            {
                Count("token");
                await Task.Delay(Timeout.Infinite, http.RequestAborted);
            });
            app.MapPost("/flaky/connect/token", () => Count("token") <= _failFirst
                ? Results.StatusCode(503)
                : Results.Json(new Dictionary<string, object> { ["access_token"] = "service-token", ["expires_in"] = 900 }));
        });
        _service = await LocalServer.StartAsync(app => app.MapGet("/data", (HttpRequest request) =>
        {
            Count("service");
            return request.Headers.Authorization.ToString() == "Bearer service-token" ? Results.Ok("data") : Results.Unauthorized();
        }));
    }

    public async Task DisposeAsync()
    {
        if (_caller is not null)
        {
            await _caller.StopAsync();
            _caller.Dispose();
        }
        await _service.DisposeAsync();
        await _identity.DisposeAsync();
    }

    [Fact]
    public async Task When_identity_api_does_not_answer_a_call_fails_after_its_retries_of_short_token_requests_not_after_minutes()
    {
        var http = await StartCallerAsync("hanging");
        var clock = Stopwatch.StartNew();

        var call = () => http.GetAsync("/data");

        await call.Should().ThrowAsync<HttpRequestException>();
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), "each token request gives up after 0.5 s and the call's pipeline retries three times");
        _calls["token"].Should().Be(4, "the call and its three retries each asked for a token");
        _calls.ContainsKey("service").Should().BeFalse("no call went out without a token");
    }

    [Fact]
    public async Task Callers_waiting_for_a_token_request_that_fails_fail_with_it_instead_of_queueing_one_after_another()
    {
        var http = await StartCallerAsync("hanging");
        var clock = Stopwatch.StartNew();

        var calls = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            try
            {
                await http.GetAsync("/data");
                return false;
            }
            catch (HttpRequestException)
            {
                return true;
            }
        }));

        calls.Should().AllSatisfy(failed => failed.Should().BeTrue());
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), "eight callers do not wait for each other's token requests in turn");
        _calls["token"].Should().BeLessThan(8 * 4, "callers that waited for a failed token request share its failure");
    }

    [Fact]
    public async Task When_identity_api_comes_back_the_calls_retry_gets_a_token_and_goes_through()
    {
        _failFirst = 2;
        var http = await StartCallerAsync("flaky");

        var response = await http.GetAsync("/data");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        _calls["token"].Should().Be(3, "two failed token requests, then one that worked");
        _calls["service"].Should().Be(1);
    }

    private async Task<HttpClient> StartCallerAsync(string identityPath)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Identity:Url"] = new Uri(_identity.Address, identityPath).ToString(),
            ["ServiceAuth:ClientId"] = "caller-api",
            ["ServiceAuth:ClientSecret"] = "caller-secret-0123456789",
            ["ServiceAuth:RequestTimeout"] = "00:00:00.500",
            ["HttpResilience:Retry:Delay"] = "00:00:00.010",
        });
        builder.AddBasicServiceDefaults();
        builder.AddDefaultAuthentication();
        builder.AddServiceTokens();
        builder.Services.AddHttpClient("service", http => http.BaseAddress = _service.Address).AddServiceToken();
        _caller = builder.Build();
        await _caller.StartAsync();
        return _caller.Services.GetRequiredService<IHttpClientFactory>().CreateClient("service");
    }

    private int Count(string key) => _calls.AddOrUpdate(key, 1, (_, n) => n + 1);
}
