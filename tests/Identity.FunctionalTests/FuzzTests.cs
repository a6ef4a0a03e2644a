using Xunit.Abstractions;

namespace AiVideo.Identity.FunctionalTests;

/// <summary>
/// The fuzz pass of issue 14: a few thousand malformed requests over every route of identity-api (seeded, so a finding
/// reproduces), anonymous and as a signed-in user: no 5xx, no stack trace, exception name or internal address, and every
/// 4xx a problem (the token server's OAuth errors as RFC 6749 has them).
/// </summary>
public sealed class FuzzTests(LoopbackIdentityFixture identity, ITestOutputHelper output) : IClassFixture<LoopbackIdentityFixture>
{
    [Theory]
    [InlineData(14_001)]
    [InlineData(14_002)]
    public async Task Malformed_requests_over_every_route_get_no_server_error_and_leak_nothing(int seed)
    {
        var user = await identity.Client.RegisterAsync();
        using var http = new HttpClient { BaseAddress = identity.App.Address, Timeout = TimeSpan.FromMinutes(1) };
        var fuzzer = new RouteFuzzer(http, identity.App.Services, identity.App.InternalAddresses());
        fuzzer.RoutesFound.Select(r => r.ToString()).Should().Contain(["POST /connect/token", "POST /api/auth/register"]);

        var findings = await fuzzer.RunAsync(seed, 1_500, [user.AccessToken]);

        foreach (var finding in findings)
        {
            output.WriteLine(finding.ToString());
        }
        findings.Should().BeEmpty($"seed {seed} over {fuzzer.RoutesFound.Count} routes found:\n{string.Join("\n", findings.Take(10))}");
    }
}

/// <summary>identity-api behind Kestrel on a loopback port, so malformed requests are parsed as a client's would be.</summary>
public sealed class LoopbackIdentityFixture : IdentityFixture
{
    protected override bool ListenOnLoopback => true;
}
