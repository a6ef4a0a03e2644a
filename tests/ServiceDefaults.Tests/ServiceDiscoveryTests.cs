using Microsoft.Extensions.Configuration;

namespace AiVideo.ServiceDefaults.Tests;

/// <summary>Service discovery by configuration, as the AppHost gives it (<c>services:&lt;name&gt;:http:0</c>), and by DNS otherwise.</summary>
public sealed class ServiceDiscoveryTests : IAsyncLifetime
{
    private LocalServer _first = null!;
    private LocalServer _second = null!;

    public async Task InitializeAsync()
    {
        _first = await LocalServer.StartAsync(app => app.MapGet("/{**path}", (HttpRequest request) => $"first {request.Path}{request.QueryString}"));
        _second = await LocalServer.StartAsync(app => app.MapGet("/{**path}", (HttpRequest request) => $"second {request.Path}{request.QueryString}"));
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
    }

    [Fact]
    public async Task A_resource_name_resolves_to_its_configured_endpoint_keeping_path_and_query()
    {
        using var host = Client(("services:identity-api:http:0", _first.Address.ToString()));

        var answer = await Http(host).GetStringAsync("http://identity-api/.well-known/jwks.json?x=1");

        answer.Should().Be("first /.well-known/jwks.json?x=1");
    }

    [Fact]
    public async Task Several_endpoints_are_used_in_turn()
    {
        using var host = Client(("services:media-api:http:0", _first.Address.ToString()), ("services:media-api:http:1", _second.Address.ToString()));
        var http = Http(host);

        var answers = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await http.GetStringAsync("http://media-api/x")).Split(' ')[0]);
        }

        answers.Should().Contain("first").And.Contain("second");
        answers.Distinct().Should().HaveCount(2, "both endpoints share the calls");
    }

    [Fact]
    public async Task A_name_without_configuration_is_left_for_dns_as_in_kubernetes()
    {
        using var host = Client();

        var answer = await Http(host).GetStringAsync($"http://localhost:{_first.Address.Port}/resolved-by-dns");

        answer.Should().Be("first /resolved-by-dns");
    }

    [Fact]
    public async Task Https_plus_http_falls_back_to_http_when_only_http_is_configured()
    {
        using var host = Client(("services:a:http:0", _second.Address.ToString()));

        var answer = await Http(host).GetStringAsync("https+http://a/x");

        answer.Should().Be("second /x");
    }

    private static IHost Client(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings.ToDictionary(s => s.Key, s => (string?)s.Value));
        builder.AddBasicServiceDefaults();
        return builder.Build();
    }

    private static HttpClient Http(IHost host) => host.Services.GetRequiredService<IHttpClientFactory>().CreateClient();
}
