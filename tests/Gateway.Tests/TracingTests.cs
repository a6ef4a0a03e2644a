namespace AiVideo.Gateway.Tests;

public sealed class TracingTests
{
    [Fact]
    public async Task With_telemetry_the_upstream_call_continues_the_clients_trace_as_a_child_span()
    {
        var servers = await TestServers.GetAsync();
        await using var upstream = await UpstreamServer.StartAsync();
        await using var gateway = await GatewayProcess.StartAsync(new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = $"http://127.0.0.1:{LocalPorts.GetFree()}",
            ["ReverseProxy:Clusters:upstream:Destinations:a:Address"] = $"http://127.0.0.1:{upstream.Port}",
            ["ReverseProxy:Routes:echo:ClusterId"] = "upstream",
            ["ReverseProxy:Routes:echo:Match:Path"] = "/echo/{**rest}",
            ["ReverseProxy:Routes:echo:AuthorizationPolicy"] = "anonymous",
            ["ConnectionStrings:redis"] = servers.Redis,
        });
        using var client = new HttpClient();
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(gateway.Address, "/echo/trace"));
        request.Headers.Add("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");

        using var response = await client.SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var echo = UpstreamServer.Read(await response.Content.ReadAsStringAsync());

        var forwarded = echo.Headers["traceparent"].Split('-');
        forwarded[1].Should().Be("0af7651916cd43dd8448eb211c80319c", "the trace continues");
        forwarded[2].Should().NotBe("b7ad6b7169203331", "the gateway's own span is the parent of the upstream call");
    }
}
