using Xunit.Abstractions;

namespace AiVideo.MediaStorage.FunctionalTests;

/// <summary>
/// The fuzz pass of issue 14: a few thousand malformed requests over every route of media-api (seeded, so a finding
/// reproduces), anonymous, as a signed-in user and as a service: no 5xx, no stack trace, exception name or internal
/// address, and every 4xx a problem.
/// </summary>
public sealed class FuzzTests(FileSystemMediaFixture media, ITestOutputHelper output) : IClassFixture<FileSystemMediaFixture>
{
    [Theory]
    [InlineData(14_101)]
    [InlineData(14_102)]
    public async Task Malformed_requests_over_every_route_get_no_server_error_and_leak_nothing(int seed)
    {
        var user = await media.SignUpAsync();
        var service = await media.ServiceTokenAsync();
        using var http = new HttpClient { BaseAddress = media.MediaAddress, Timeout = TimeSpan.FromMinutes(1) };
        var fuzzer = new RouteFuzzer(http, media.Media.Services, [.. media.Media.InternalAddresses(), media.Identity.Address!.Authority]);
        fuzzer.RoutesFound.Should().Contain(r => r.Method == "POST" && r.Pattern.RawText!.Contains("uploads"));

        var findings = await fuzzer.RunAsync(seed, 1_500, [user.Token, user.Token, service]);

        foreach (var finding in findings)
        {
            output.WriteLine(finding.ToString());
        }
        findings.Should().BeEmpty($"seed {seed} over {fuzzer.RoutesFound.Count} routes found:\n{string.Join("\n", findings.Take(10))}");
    }
}
