using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using StackExchange.Redis;

namespace AiVideo.Gateway.Tests;

/// <summary>Rate limits at the edge: each policy and its partition, API keys' own limits, replicas sharing Redis, Redis gone.</summary>
public sealed class RateLimitTests(EdgeFixture edge) : IClassFixture<EdgeFixture>
{
    private readonly HttpClient _http = new();

    [Fact]
    public async Task The_default_limit_is_per_client_and_a_refusal_says_when_to_come_back()
    {
        await using var gateway = await edge.StartGatewayAsync(Limit("Default", 3, 60));
        var (ada, _) = await edge.RegisterAsync();
        var (bob, _) = await edge.RegisterAsync();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await SendAsync(gateway, HttpMethod.Get, "/api/x", ada)).StatusCode);
        }
        var refused = await SendAsync(gateway, HttpMethod.Get, "/api/x", ada);

        statuses.Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests);
        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        refused.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        int.Parse(refused.Headers.GetValues("Retry-After").Single()).Should().BeInRange(1, 60);
        refused.Headers.GetValues("RateLimit-Policy").Single().Should().Be("\"default\";q=3;w=60");
        refused.Headers.GetValues("RateLimit").Single().Should().StartWith("\"default\";r=0;t=");
        (await SendAsync(gateway, HttpMethod.Get, "/api/x", bob)).StatusCode.Should().Be(HttpStatusCode.OK, "another client has a limit of its own");
    }

    [Fact]
    public async Task Refusals_under_v1_use_openais_error_body()
    {
        await using var gateway = await edge.StartGatewayAsync(Limit("Default", 1, 60));
        var (token, _) = await edge.RegisterAsync();
        await SendAsync(gateway, HttpMethod.Get, "/v1/videos", token);

        var refused = await SendAsync(gateway, HttpMethod.Get, "/v1/videos", token);

        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        var error = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error");
        error.GetProperty("type").GetString().Should().Be("rate_limit_exceeded");
        error.GetProperty("code").GetString().Should().Be("rate_limit_exceeded");
        error.GetProperty("message").GetString().Should().Contain("try again");
        refused.Headers.Contains("Retry-After").Should().BeTrue();
    }

    [Fact]
    public async Task The_auth_limit_is_per_address_and_a_forged_forwarded_for_does_not_escape_it()
    {
        await using var gateway = await edge.StartGatewayAsync(Limit("Auth", 2, 60));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, new Uri(gateway.Address, "/auth/login"));
            request.Headers.Add("X-Forwarded-For", $"198.51.100.{i}");
            statuses.Add((await _http.SendAsync(request)).StatusCode);
        }

        statuses.Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task The_generation_limit_is_per_company_across_its_people_and_keys()
    {
        await using var gateway = await edge.StartGatewayAsync(Limit("Generation", 2, 60));
        var (token, _) = await edge.RegisterAsync();
        var (key, _) = await edge.CreateApiKeyAsync(token, ["generation:run"]);
        var (other, _) = await edge.RegisterAsync();

        (await SendAsync(gateway, HttpMethod.Post, "/work/a", token)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await SendKeyAsync(gateway, HttpMethod.Post, "/work/b", key)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await SendAsync(gateway, HttpMethod.Post, "/work/c", token)).StatusCode.Should().Be(HttpStatusCode.TooManyRequests, "the person and the key share their company's limit");
        (await SendAsync(gateway, HttpMethod.Post, "/work/d", other)).StatusCode.Should().Be(HttpStatusCode.OK, "another company has its own");
        (await SendAsync(gateway, HttpMethod.Get, "/api/reads", token)).StatusCode.Should().Be(HttpStatusCode.OK, "only starting work counts against it");
    }

    [Fact]
    public async Task An_api_key_is_held_to_its_own_per_minute_limit()
    {
        await using var gateway = await edge.StartGatewayAsync();
        var (token, _) = await edge.RegisterAsync();
        var (key, _) = await edge.CreateApiKeyAsync(token, ["projects:read"], perMinute: 2);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await SendKeyAsync(gateway, HttpMethod.Get, "/api/x", key)).StatusCode);
        }

        statuses.Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests);
        (await SendAsync(gateway, HttpMethod.Get, "/api/x", token)).StatusCode.Should().Be(HttpStatusCode.OK, "the key's creator is another client");
    }

    [Fact]
    public async Task Two_gateways_on_one_redis_enforce_one_limit_together()
    {
        var limit = Limit("Default", 4, 60);
        await using var first = await edge.StartGatewayAsync(limit);
        await using var second = await edge.StartGatewayAsync(limit);
        var (token, _) = await edge.RegisterAsync();

        var accepted = 0;
        for (var i = 0; i < 8; i++)
        {
            if ((await SendAsync(i % 2 == 0 ? first : second, HttpMethod.Get, "/api/x", token)).StatusCode == HttpStatusCode.OK)
            {
                accepted++;
            }
        }

        accepted.Should().Be(4, "both replicas count in the same Redis window");
    }

    [Fact]
    public async Task A_large_limit_is_taken_from_redis_a_few_permits_at_a_time_and_replicas_together_never_exceed_it()
    {
        // 2,000 a minute: each replica takes permits two at a time (a thousandth of the limit) and hands them out itself.
        var prefix = $"batch-{Guid.NewGuid():N}";
        var limit = new Dictionary<string, string?>(Limit("Default", 2000, 60)) { ["RateLimits:KeyPrefix"] = prefix };
        await using var first = await edge.StartGatewayAsync(limit);
        await using var second = await edge.StartGatewayAsync(limit);
        var (token, _) = await edge.RegisterAsync();
        await using var redis = await ConnectionMultiplexer.ConnectAsync(edge.Redis);
        var server = redis.GetServer(redis.GetEndPoints().Single());

        for (var i = 0; i < 3; i++)
        {
            (await SendAsync(first, HttpMethod.Get, "/api/x", token)).StatusCode.Should().Be(HttpStatusCode.OK);
        }
        var counter = server.Keys(pattern: $"rl:fw:{{{prefix}:rl:default:*}}").Single();
        var counted = (long)await redis.GetDatabase().StringGetAsync(counter);
        // The window is nearly used up (as if 1,990 requests had come): 10 permits are left in Redis, and the first replica
        // holds the one of its second batch it has not handed out.
        await redis.GetDatabase().StringSetAsync(counter, 1990, expiry: null, keepTtl: true);

        var accepted = 0;
        var refusedInARow = 0;
        for (var i = 0; refusedInARow < 4 && i < 100; i++)
        {
            var ok = (await SendAsync(i % 2 == 0 ? second : first, HttpMethod.Get, "/api/x", token)).StatusCode == HttpStatusCode.OK;
            accepted += ok ? 1 : 0;
            refusedInARow = ok ? 0 : refusedInARow + 1;
        }

        counted.Should().Be(4, "three requests took two batches of two permits from Redis");
        accepted.Should().Be(11, "the replicas together hand out every permit left in the window and not one more");
        ((long)await redis.GetDatabase().StringGetAsync(counter)).Should().Be(2000);
    }

    [Fact]
    public async Task When_redis_dies_the_gateway_keeps_serving_with_limits_of_its_own_and_reports_itself_degraded()
    {
        var data = Directory.CreateTempSubdirectory("gateway-redis-").FullName;
        var port = LocalPorts.GetFree();
        var redis = ChildProcess.Start("bash", [Path.Combine(Repository.Root, "AppHost", "servers", "redis.sh"), data, port.ToString(), "ephemeral"]);
        try
        {
            await Eventually.True(() => LocalPorts.IsListening(port), "redis-server listens");
            await using var gateway = await edge.StartGatewayAsync(Limit("Default", 3, 60), redis: $"127.0.0.1:{port}");
            var (token, _) = await edge.RegisterAsync();
            (await SendAsync(gateway, HttpMethod.Get, "/api/before", token)).StatusCode.Should().Be(HttpStatusCode.OK);

            await redis.StopAsync(TimeSpan.FromSeconds(10));

            var (other, _) = await edge.RegisterAsync();
            var statuses = new List<HttpStatusCode>();
            for (var i = 0; i < 4; i++)
            {
                statuses.Add((await SendAsync(gateway, HttpMethod.Get, "/api/after", other)).StatusCode);
            }
            statuses.Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests);
            var health = await _http.GetFromJsonAsync<JsonElement>(new Uri(gateway.Address, "/health"));
            health.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString().Should().Be("Degraded");
        }
        finally
        {
            await redis.DisposeAsync();
            Directory.Delete(data, recursive: true);
        }
    }

    private static Dictionary<string, string?> Limit(string policy, int permits, int seconds) => new()
    {
        [$"RateLimits:{policy}:PermitLimit"] = permits.ToString(),
        [$"RateLimits:{policy}:WindowSeconds"] = seconds.ToString(),
    };

    private Task<HttpResponseMessage> SendAsync(GatewayProcess gateway, HttpMethod method, string path, string token)
    {
        var request = new HttpRequestMessage(method, new Uri(gateway.Address, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return _http.SendAsync(request);
    }

    private Task<HttpResponseMessage> SendKeyAsync(GatewayProcess gateway, HttpMethod method, string path, string key)
    {
        var request = new HttpRequestMessage(method, new Uri(gateway.Address, path));
        request.Headers.Add("X-API-Key", key);
        return _http.SendAsync(request);
    }
}
