namespace AiVideo.Webhooks.FunctionalTests;

/// <summary>
/// The SSRF guard through the endpoint API, configured as in production: an endpoint may point only at public
/// addresses, over https, whether the URL names an address or a host name resolving to one (IPv4, IPv6 and IPv4-mapped).
/// </summary>
public sealed class DestinationGuardTests(ProductionDestinationsFixture service) : IClassFixture<ProductionDestinationsFixture>
{
    public static TheoryData<string> Refused => new(
        "https://loopback.attacker.test/hook",
        "https://metadata.attacker.test/latest/meta-data",
        "https://ipv6-loopback.attacker.test/hook",
        "https://mapped.attacker.test/hook",
        "https://half-public.attacker.test/hook",
        "https://127.0.0.1/hook",
        "https://127.1.2.3:8443/hook",
        "https://10.0.0.1/hook",
        "https://172.16.5.4/hook",
        "https://192.168.0.1/hook",
        "https://100.64.0.1/hook",
        "https://169.254.169.254/latest/meta-data",
        "https://100.100.100.200/",
        "https://0.0.0.0/",
        "https://224.0.0.1/",
        "https://255.255.255.255/",
        "https://[::1]/hook",
        "https://[::ffff:10.0.0.1]/hook",
        "https://[::ffff:127.0.0.1]/hook",
        "https://[::ffff:169.254.169.254]/hook",
        "https://[fe80::1]/hook",
        "https://[fc00::1]/hook",
        "https://[fd00:ec2::254]/hook",
        "https://[64:ff9b::a00:1]/hook",
        "https://[2002:a00:1::1]/hook",
        "https://nowhere.attacker.test/hook",
        "http://hooks.customer.test/hook",
        "ftp://hooks.customer.test/hook",
        "https://user:password@hooks.customer.test/hook",
        "/relative/hook");

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task An_endpoint_that_would_reach_inside_the_network_is_refused_naming_the_url(string url)
    {
        var admin = await service.RefusedAdminAsync();

        var response = await service.SendAsync(HttpMethod.Post, "/api/webhook-endpoints", admin.Token, new { url, eventTypes = new[] { WebhookEventTypes.VideoReady } });

        var problem = await Http.JsonAsync(response, HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("url").EnumerateArray().Should().ContainSingle()
            .Which.GetString().Should().NotContain("10.1.2.3", "the answer names the problem, never the addresses found");
        var list = await Http.JsonAsync(await service.SendAsync(HttpMethod.Get, "/api/webhook-endpoints", admin.Token), HttpStatusCode.OK);
        list.GetProperty("items").EnumerateArray().Should().BeEmpty();
    }

    [Fact]
    public async Task A_public_https_endpoint_is_accepted_and_cannot_be_moved_inside_the_network_later()
    {
        var admin = await service.SignUpAsync();
        var created = await Http.JsonAsync(await service.SendAsync(HttpMethod.Post, "/api/webhook-endpoints", admin.Token,
            new { url = "https://hooks.customer.test/aivideo", eventTypes = new[] { WebhookEventTypes.VideoReady } }), HttpStatusCode.Created);
        var id = created.GetProperty("endpoint").GetProperty("id").GetGuid();

        var moved = await service.SendAsync(HttpMethod.Patch, $"/api/webhook-endpoints/{id}", admin.Token, new { url = "https://metadata.attacker.test/latest" });

        var problem = await Http.JsonAsync(moved, HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("url").EnumerateArray().Single().GetString().Should().Contain("cloud metadata");
        (await service.GetEndpointAsync(admin, id)).GetProperty("url").GetString().Should().Be("https://hooks.customer.test/aivideo");
    }
}
