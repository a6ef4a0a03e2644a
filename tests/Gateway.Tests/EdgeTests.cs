using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace AiVideo.Gateway.Tests;

/// <summary>The gateway's edge: tokens and API keys checked at the door, scopes, hygiene, CORS.</summary>
public sealed class EdgeTests(EdgeFixture edge) : IClassFixture<EdgeFixture>, IAsyncLifetime
{
    private GatewayProcess _gateway = null!;
    private readonly HttpClient _http = new();

    public async Task InitializeAsync() => _gateway = await edge.StartGatewayAsync(new Dictionary<string, string?>
    {
        ["Gateway:CorsOrigins:0"] = "https://studio.example.com",
    });

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _gateway.DisposeAsync();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-jwt")]
    [InlineData("eyJhbGciOiJub25lIiwidHlwIjoiYXQrand0In0.eyJzdWIiOiIxIn0.")]
    public async Task A_missing_or_bad_token_is_a_401_problem_before_any_service_is_reached(string? token)
    {
        var before = edge.Upstream.Requests;

        var response = await SendAsync(HttpMethod.Get, "/api/anything", token);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        edge.Upstream.Requests.Should().Be(before, "the upstream never saw the request");
    }

    [Fact]
    public async Task A_valid_token_passes_and_reaches_the_service_with_it()
    {
        var (token, _) = await edge.RegisterAsync();

        var response = await SendAsync(HttpMethod.Get, "/api/profile", token);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        UpstreamServer.Read(await response.Content.ReadAsStringAsync()).Headers["Authorization"].Should().Be($"Bearer {token}");
    }

    [Fact]
    public async Task Anonymous_routes_need_no_token()
    {
        (await SendAsync(HttpMethod.Get, "/open/page", null)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_api_key_is_exchanged_for_a_token_which_reaches_the_service_in_its_place()
    {
        var (token, _) = await edge.RegisterAsync();
        var (key, _) = await edge.CreateApiKeyAsync(token, ["projects:read"]);

        foreach (var request in new[] { WithHeader(HttpMethod.Get, "/api/things", "X-API-Key", key), WithBearer(HttpMethod.Get, "/api/things", key) })
        {
            var response = await _http.SendAsync(request);

            response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            var echo = UpstreamServer.Read(await response.Content.ReadAsStringAsync());
            echo.Headers.Keys.Should().NotContain("X-API-Key");
            echo.Headers["Authorization"].Should().StartWith("Bearer ey").And.NotContain(key, "the key itself never reaches a service");
            var claims = Claims(echo.Headers["Authorization"]["Bearer ".Length..]);
            claims.GetProperty("scope").GetString().Should().Be("projects:read");
            claims.TryGetProperty("api_key_id", out _).Should().BeTrue();
        }
    }

    [Fact]
    public async Task An_exchanged_key_is_cached_and_a_revoked_key_stops_working_once_the_cache_lapses()
    {
        var (token, _) = await edge.RegisterAsync();
        var (key, id) = await edge.CreateApiKeyAsync(token, ["projects:read"]);
        (await _http.SendAsync(WithHeader(HttpMethod.Get, "/api/a", "X-API-Key", key))).StatusCode.Should().Be(HttpStatusCode.OK);
        var exchanges = edge.TokenRequests;

        (await _http.SendAsync(WithHeader(HttpMethod.Get, "/api/b", "X-API-Key", key))).StatusCode.Should().Be(HttpStatusCode.OK);
        edge.TokenRequests.Should().Be(exchanges, "the second request used the cached token");

        await edge.RevokeApiKeyAsync(token, id);
        await Eventually.True(async () => (await _http.SendAsync(WithHeader(HttpMethod.Get, "/api/c", "X-API-Key", key))).StatusCode == HttpStatusCode.Unauthorized,
            "the revoked key is refused once its cached token lapses (Gateway:ApiKeyCacheSeconds, at most a minute)", TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task An_unknown_key_is_refused_and_asked_about_at_most_once_per_cache_period()
    {
        var unknown = $"avk_unknown{Guid.NewGuid():N}";
        var before = edge.TokenRequests;

        for (var i = 0; i < 5; i++)
        {
            (await _http.SendAsync(WithHeader(HttpMethod.Get, "/api/x", "X-API-Key", unknown))).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }

        (edge.TokenRequests - before).Should().Be(1, "the refusal is remembered");
    }

    [Fact]
    public async Task A_key_without_the_generation_scope_cannot_start_a_generation_and_one_with_it_can()
    {
        var (token, _) = await edge.RegisterAsync();
        var (reader, _) = await edge.CreateApiKeyAsync(token, ["projects:read"]);
        var (generator, _) = await edge.CreateApiKeyAsync(token, ["generation:run"]);

        (await _http.SendAsync(WithHeader(HttpMethod.Post, "/work/start", "X-API-Key", reader))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await _http.SendAsync(WithHeader(HttpMethod.Post, "/work/start", "X-API-Key", generator))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await SendAsync(HttpMethod.Post, "/work/start", token)).StatusCode.Should().Be(HttpStatusCode.OK, "a person's session may start work");
    }

    [Fact]
    public async Task Identity_headers_a_client_sends_never_reach_a_service_and_forwarding_headers_are_the_gateways()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_gateway.Address, "/open/spoof"));
        request.Headers.Add("X-User-Id", "00000000-0000-0000-0000-000000000001");
        request.Headers.Add("X-Company-Id", "someone-elses");
        request.Headers.Add("X-Forwarded-User", "admin");
        request.Headers.Add("X-Forwarded-Host", "evil.example.com");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");

        var echo = UpstreamServer.Read(await (await _http.SendAsync(request)).Content.ReadAsStringAsync());

        echo.Headers.Keys.Should().NotContain(["X-User-Id", "X-Company-Id", "X-Forwarded-User"]);
        echo.Headers["X-Forwarded-Host"].Should().Be(_gateway.Address.Authority);
        echo.Headers["X-Forwarded-Proto"].Should().Be("http");
        echo.Headers["X-Forwarded-For"].Should().EndWith("127.0.0.1", "services take the last hop, the one the gateway added");
    }

    [Fact]
    public async Task Internal_routes_are_never_reachable_from_outside()
    {
        var (token, _) = await edge.RegisterAsync();

        (await SendAsync(HttpMethod.Get, "/internal/files", token)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Every_answer_carries_the_security_headers()
    {
        foreach (var response in new[] { await SendAsync(HttpMethod.Get, "/open/x", null), await SendAsync(HttpMethod.Get, "/api/x", null) })
        {
            response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
            response.Headers.GetValues("X-Frame-Options").Should().Equal("DENY");
            response.Headers.GetValues("Referrer-Policy").Should().Equal("no-referrer");
        }
    }

    [Fact]
    public async Task Preflights_from_an_allowed_origin_are_answered_at_the_edge_and_unknown_origins_get_no_permission()
    {
        var before = edge.Upstream.Requests;

        var allowed = await _http.SendAsync(Preflight("https://studio.example.com"));
        var unknown = await _http.SendAsync(Preflight("https://evil.example.com"));

        allowed.StatusCode.Should().Be(HttpStatusCode.NoContent);
        allowed.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal("https://studio.example.com");
        allowed.Headers.GetValues("Access-Control-Allow-Methods").Single().Should().Contain("POST");
        unknown.Headers.Contains("Access-Control-Allow-Origin").Should().BeFalse();
        edge.Upstream.Requests.Should().Be(before, "preflights never reach a service");
    }

    private HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, new Uri(_gateway.Address, "/api/projects"));
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return request;
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token) =>
        _http.SendAsync(token is null ? new HttpRequestMessage(method, new Uri(_gateway.Address, path)) : WithBearer(method, path, token));

    private HttpRequestMessage WithBearer(HttpMethod method, string path, string token)
    {
        var request = new HttpRequestMessage(method, new Uri(_gateway.Address, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private HttpRequestMessage WithHeader(HttpMethod method, string path, string name, string value)
    {
        var request = new HttpRequestMessage(method, new Uri(_gateway.Address, path));
        request.Headers.Add(name, value);
        return request;
    }

    private static JsonElement Claims(string jwt)
    {
        var payload = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        return JsonDocument.Parse(Convert.FromBase64String(payload + new string('=', (4 - payload.Length % 4) % 4))).RootElement;
    }
}
