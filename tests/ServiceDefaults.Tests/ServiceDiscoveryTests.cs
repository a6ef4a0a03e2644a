using AiVideo.ServiceDefaults.Http;
using Microsoft.Extensions.Configuration;

namespace AiVideo.ServiceDefaults.Tests;

public sealed class ServiceDiscoveryTests
{
    private static ServiceEndpointResolver Resolver(params (string Key, string Value)[] settings) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(settings.ToDictionary(s => s.Key, s => (string?)s.Value)).Build());

    [Fact]
    public void A_resource_name_resolves_to_its_configured_endpoint_keeping_path_and_query()
    {
        var resolver = Resolver(("services:identity-api:http:0", "http://127.0.0.1:5101"));

        resolver.Resolve(new Uri("http://identity-api/.well-known/jwks.json?x=1")).Should().Be(new Uri("http://127.0.0.1:5101/.well-known/jwks.json?x=1"));
    }

    [Fact]
    public void Several_endpoints_are_used_in_turn()
    {
        var resolver = Resolver(("services:media-api:http:0", "http://127.0.0.1:1001"), ("services:media-api:http:1", "http://127.0.0.1:1002"));

        var ports = Enumerable.Range(0, 4).Select(_ => resolver.Resolve(new Uri("http://media-api/x")).Port).ToList();

        ports.Should().Equal(1001, 1002, 1001, 1002);
    }

    [Fact]
    public void A_name_without_configuration_is_left_for_dns_as_in_kubernetes()
    {
        var resolver = Resolver();

        resolver.Resolve(new Uri("http://projects-api/api/projects")).Should().Be(new Uri("http://projects-api/api/projects"));
        resolver.Resolve(new Uri("https://api.openai.com/v1")).Should().Be(new Uri("https://api.openai.com/v1"));
    }

    [Fact]
    public void Https_plus_http_prefers_https_and_falls_back_to_http()
    {
        var both = Resolver(("services:a:https:0", "https://127.0.0.1:7001"), ("services:a:http:0", "http://127.0.0.1:7000"));
        var httpOnly = Resolver(("services:a:http:0", "http://127.0.0.1:7000"));

        both.Resolve(new Uri("https+http://a/x")).Should().Be(new Uri("https://127.0.0.1:7001/x"));
        httpOnly.Resolve(new Uri("https+http://a/x")).Should().Be(new Uri("http://127.0.0.1:7000/x"));
    }
}
