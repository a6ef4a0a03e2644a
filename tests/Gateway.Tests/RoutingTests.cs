using System.Net.Http.Json;
using System.Text.Json;

namespace AiVideo.Gateway.Tests;

public sealed class RoutingTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task A_request_reaches_the_upstream_with_its_method_path_query_and_body()
    {
        var response = await Client.PostAsync(fixture.Url("/echo/a/b%20c?x=1&y=two"), new StringContent("hello upstream"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var echo = UpstreamServer.Read(await response.Content.ReadAsStringAsync());
        echo.Method.Should().Be("POST");
        echo.Path.Should().Be("/echo/a/b c");
        echo.Query.Should().Be("?x=1&y=two");
        echo.Body.Should().Be("hello upstream");
        response.Headers.GetValues("X-Upstream").Should().Equal("echo");
    }

    [Fact]
    public async Task Hop_by_hop_headers_stay_behind_and_forwarding_headers_are_set()
    {
        // Raw HTTP: HttpClient and curl rewrite the Connection header, and its extra tokens are what is under test.
        var echo = UpstreamServer.Read(await RawHttp.SendAsync(fixture.Gateway.Address, string.Join("\r\n",
            "GET /echo/headers HTTP/1.1",
            $"Host: {fixture.Gateway.Address.Authority}",
            "Connection: keep-alive, X-Connection-Only",
            "X-Connection-Only: secret",
            "Keep-Alive: timeout=5",
            "Proxy-Authorization: Basic Zm9vOmJhcg==",
            "TE: trailers",
            "Upgrade: websocket",
            "X-Custom: kept",
            "Authorization: Bearer token-for-the-service",
            "X-Forwarded-For: 203.0.113.7",
            "Connection: close",
            "", "")));

        echo.Headers.Keys.Should().NotContain(["Connection", "X-Connection-Only", "Keep-Alive", "Proxy-Authorization", "TE", "Upgrade"]);
        echo.Headers.Should().Contain("X-Custom", "kept").And.Contain("Authorization", "Bearer token-for-the-service");
        echo.Headers["X-Forwarded-For"].Should().Be("203.0.113.7, 127.0.0.1");
        echo.Headers["X-Forwarded-Proto"].Should().Be("http");
        echo.Headers["X-Forwarded-Host"].Should().Be(fixture.Gateway.Address.Authority);
        echo.Headers["Host"].Should().Be($"127.0.0.1:{fixture.Upstream.Port}", "the upstream sees its own host, not the gateway's");
    }

    [Fact]
    public async Task Without_telemetry_the_clients_trace_context_passes_through_unchanged()
    {
        const string traceParent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        var request = new HttpRequestMessage(HttpMethod.Get, fixture.Url("/echo/trace"));
        request.Headers.Add("traceparent", traceParent);

        var echo = UpstreamServer.Read(await (await Client.SendAsync(request)).Content.ReadAsStringAsync());

        echo.Headers["traceparent"].Should().Be(traceParent);
    }

    [Fact]
    public async Task A_request_id_is_kept_when_given_and_made_when_not()
    {
        var given = new HttpRequestMessage(HttpMethod.Get, fixture.Url("/echo/id"));
        given.Headers.Add("X-Request-ID", "client-chosen-42");
        var withId = await Client.SendAsync(given);
        var withoutId = await Client.GetAsync(fixture.Url("/echo/id"));

        withId.Headers.GetValues("X-Request-ID").Should().Equal("client-chosen-42");
        UpstreamServer.Read(await withId.Content.ReadAsStringAsync()).Headers["X-Request-ID"].Should().Be("client-chosen-42");
        var made = withoutId.Headers.GetValues("X-Request-ID").Single();
        made.Should().MatchRegex("^[0-9a-f]{32}$");
        UpstreamServer.Read(await withoutId.Content.ReadAsStringAsync()).Headers["X-Request-ID"].Should().Be(made);
    }

    [Fact]
    public async Task An_upstream_that_refuses_the_connection_is_a_502_problem()
    {
        var response = await Client.GetAsync(fixture.Url("/down/anything"));

        await ShouldBeProblemAsync(response, HttpStatusCode.BadGateway, "refused the connection");
    }

    [Fact]
    public async Task A_cluster_without_destinations_is_a_503_problem()
    {
        var response = await Client.GetAsync(fixture.Url("/nowhere/anything"));

        await ShouldBeProblemAsync(response, HttpStatusCode.ServiceUnavailable, "has no destination");
    }

    [Fact]
    public async Task An_upstream_silent_past_the_activity_timeout_is_a_504_problem()
    {
        var response = await Client.GetAsync(fixture.Url("/slow"));

        await ShouldBeProblemAsync(response, HttpStatusCode.GatewayTimeout, "silent for longer than 1 s");
    }

    [Fact]
    public async Task A_body_over_the_routes_limit_is_a_413_problem()
    {
        var response = await Client.PostAsync(fixture.Url("/small/upload"), new ByteArrayContent(new byte[4096]));

        await ShouldBeProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "too large");
    }

    [Fact]
    public async Task A_path_no_route_matches_is_a_404_problem()
    {
        var response = await Client.GetAsync(fixture.Url("/no/such/route"));

        await ShouldBeProblemAsync(response, HttpStatusCode.NotFound, null);
    }

    [Fact]
    public async Task Upstream_error_responses_pass_through_unchanged()
    {
        var notFound = await Client.GetAsync(fixture.Url("/not-found-with-body"));
        var serverError = await Client.GetAsync(fixture.Url("/status/500"));

        notFound.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await notFound.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString().Should().Be("no such thing");
        serverError.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        (await serverError.Content.ReadAsStringAsync()).Should().BeEmpty("the gateway does not dress up the upstream's own answers");
    }

    [Fact]
    public async Task Transforms_rewrite_the_path_and_add_headers_both_ways()
    {
        var response = await Client.GetAsync(fixture.Url("/renamed/thing?q=1"));

        var echo = UpstreamServer.Read(await response.Content.ReadAsStringAsync());
        echo.Path.Should().Be("/echo/thing");
        echo.Query.Should().Be("?q=1");
        echo.Headers["X-Added"].Should().Be("by-gateway");
        response.Headers.GetValues("X-Route").Should().Equal("renamed");
    }

    [Fact]
    public async Task A_destination_named_by_resource_is_found_through_service_discovery_configuration()
    {
        var response = await Client.GetAsync(fixture.Url("/named/found"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        UpstreamServer.Read(await response.Content.ReadAsStringAsync()).Path.Should().Be("/echo/named/found");
    }

    [Fact]
    public async Task Health_reports_every_cluster_and_is_unhealthy_while_one_is_down()
    {
        var response = await Client.GetAsync(fixture.Url("/health"));

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        var checks = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks");
        checks.GetProperty("upstream").GetProperty("status").GetString().Should().Be("Healthy");
        checks.GetProperty("named").GetProperty("status").GetString().Should().Be("Healthy");
        checks.GetProperty("down").GetProperty("status").GetString().Should().Be("Unhealthy");
        checks.GetProperty("down").GetProperty("description").GetString().Should().Contain("does not answer");
    }

    [Fact]
    public async Task Forwarding_problems_and_health_name_no_internal_address()
    {
        var answers = new List<string>();
        foreach (var path in new[] { "/down/anything", "/nowhere/anything", "/slow", "/health" })
        {
            using var response = await Client.GetAsync(fixture.Url(path));
            answers.Add(await response.Content.ReadAsStringAsync());
        }

        answers.Should().HaveCount(4).And.AllSatisfy(body =>
        {
            body.Should().NotContain("127.0.0.1").And.NotContain($":{fixture.Upstream.Port}").And.NotContain("http://")
                .And.NotContain("upstream-service");
        });
    }

    [Fact]
    public async Task Served_openapi_documents_name_no_internal_address_and_no_internal_route()
    {
        using var response = await Client.GetAsync(fixture.Url("/openapi/upstream/v1.json"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await response.Content.ReadAsStringAsync();
        body.Should().NotContain("127.0.0.1").And.NotContain($":{fixture.Upstream.Port}");
        var document = JsonDocument.Parse(body).RootElement;
        document.TryGetProperty("servers", out _).Should().BeFalse("a client resolves paths against the gateway it fetched the document from");
        document.GetProperty("paths").EnumerateObject().Select(p => p.Name).Should().Equal("/api/things");
        document.GetProperty("info").GetProperty("title").GetString().Should().Be("upstream");
        response.Content.Headers.ContentLength.Should().Be(System.Text.Encoding.UTF8.GetByteCount(body));
    }

    private static async Task ShouldBeProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? detail)
    {
        response.StatusCode.Should().Be(status);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("status").GetInt32().Should().Be((int)status);
        problem.TryGetProperty("traceId", out _).Should().BeTrue();
        if (detail is not null)
        {
            problem.GetProperty("detail").GetString().Should().Contain(detail);
        }
        response.Headers.Contains("X-Request-ID").Should().BeTrue();
    }
}
