namespace AiVideo.Gateway.Tests;

/// <summary>
/// One upstream and one gateway for a test class. Routes: <c>/echo</c>, <c>/sink</c> (no body limit), <c>/source</c>,
/// <c>/stream</c>, <c>/status</c> and <c>/not-found-with-body</c> to the upstream; <c>/slow</c> to a cluster with a one-second
/// activity timeout; <c>/down</c> to a port nothing listens on; <c>/nowhere</c> to a cluster without destinations;
/// <c>/small</c> with a 1 KB body limit; <c>/renamed</c> with path transforms; <c>/named</c> through service discovery;
/// <c>/openapi/upstream</c> to the upstream's OpenAPI document.
/// Every route is anonymous here (the edge's tokens and limits are EdgeTests' subject).
/// </summary>
public sealed class GatewayFixture : IAsyncLifetime
{
    public UpstreamServer Upstream { get; private set; } = null!;

    public GatewayProcess Gateway { get; private set; } = null!;

    public HttpClient Client { get; } = new() { Timeout = TimeSpan.FromMinutes(5) };

    public async Task InitializeAsync()
    {
        var servers = await TestServers.GetAsync();
        Upstream = await UpstreamServer.StartAsync();
        var upstream = $"http://127.0.0.1:{Upstream.Port}";
        var settings = new Dictionary<string, string?>
        {
            ["ReverseProxy:Clusters:upstream:Destinations:a:Address"] = upstream,
            ["ReverseProxy:Clusters:slow:Destinations:a:Address"] = upstream,
            ["ReverseProxy:Clusters:slow:HttpRequest:ActivityTimeout"] = "00:00:01",
            ["ReverseProxy:Clusters:slow:HealthCheck:Active:Enabled"] = "false",
            ["ReverseProxy:Clusters:down:Destinations:a:Address"] = $"http://127.0.0.1:{LocalPorts.GetFree()}",
            ["ReverseProxy:Clusters:nowhere:HealthCheck:Active:Enabled"] = "false",
            ["ReverseProxy:Clusters:named:Destinations:a:Address"] = "http://upstream-service",
            ["services:upstream-service:http:0"] = upstream,
            ["ConnectionStrings:redis"] = servers.Redis,
        };
        void Route(string id, string cluster, string path, params (string Key, string Value)[] extra)
        {
            settings[$"ReverseProxy:Routes:{id}:ClusterId"] = cluster;
            settings[$"ReverseProxy:Routes:{id}:Match:Path"] = path;
            settings[$"ReverseProxy:Routes:{id}:AuthorizationPolicy"] = "anonymous";
            foreach (var (key, value) in extra)
            {
                settings[$"ReverseProxy:Routes:{id}:{key}"] = value;
            }
        }
        Route("echo", "upstream", "/echo/{**rest}");
        Route("sink", "upstream", "/sink", ("MaxRequestBodySize", "-1"));
        Route("source", "upstream", "/source/{**rest}");
        Route("stream", "upstream", "/stream");
        Route("status", "upstream", "/status/{**rest}");
        Route("not-found", "upstream", "/not-found-with-body");
        Route("slow", "slow", "/slow");
        Route("down", "down", "/down/{**rest}");
        Route("nowhere", "nowhere", "/nowhere/{**rest}");
        Route("small", "upstream", "/small/{**rest}", ("MaxRequestBodySize", "1024"), ("Transforms:0:PathPattern", "/sink"));
        Route("renamed", "upstream", "/renamed/{**rest}", ("Transforms:0:PathRemovePrefix", "/renamed"), ("Transforms:1:PathPrefix", "/echo"),
            ("Transforms:2:RequestHeader", "X-Added"), ("Transforms:2:Set", "by-gateway"), ("Transforms:3:ResponseHeader", "X-Route"),
            ("Transforms:3:Set", "renamed"));
        Route("named", "named", "/named/{**rest}", ("Transforms:0:PathPrefix", "/echo"));
        Route("openapi", "upstream", "/openapi/upstream/{**rest}", ("Transforms:0:PathRemovePrefix", "/openapi/upstream"),
            ("Transforms:1:PathPrefix", "/openapi"));
        Gateway = await GatewayProcess.StartAsync(settings);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Gateway.DisposeAsync();
        await Upstream.DisposeAsync();
    }

    public Uri Url(string path) => new(Gateway.Address, path);
}
