namespace AiVideo.Gateway.Tests;

public sealed class ConfigurationTests
{
    [Fact]
    public async Task A_mistake_in_the_ReverseProxy_section_stops_start_up_and_says_what_is_wrong()
    {
        var output = await FailedStartAsync(new Dictionary<string, string?>
        {
            ["ReverseProxy:Routes:orphan:ClusterId"] = "missing",
            ["ReverseProxy:Routes:orphan:Match:Path"] = "/orphan",
            ["ReverseProxy:Routes:odd:ClusterId"] = "ok",
            ["ReverseProxy:Routes:odd:Match:Path"] = "/odd",
            ["ReverseProxy:Routes:odd:Transforms:0:PathTwist"] = "/x",
            ["ReverseProxy:Clusters:ok:Destinations:a:Address"] = "http://127.0.0.1:1",
        });

        output.Should().Contain("Route 'orphan' names cluster 'missing', which is not configured.");
        output.Should().Contain("Unknown transform: PathTwist");
    }

    [Fact]
    public async Task A_destination_that_is_not_an_address_stops_start_up_and_names_its_cluster()
    {
        var output = await FailedStartAsync(new Dictionary<string, string?>
        {
            ["ReverseProxy:Routes:odd:ClusterId"] = "ok",
            ["ReverseProxy:Routes:odd:Match:Path"] = "/odd",
            ["ReverseProxy:Clusters:ok:Destinations:a:Address"] = "not a url",
        });

        output.Should().Contain("Error resolving destinations for cluster ok");
    }

    private static async Task<string> FailedStartAsync(Dictionary<string, string?> settings)
    {
        await using var gateway = await GatewayProcess.StartAsync(settings, waitUntilAlive: false);
        await Eventually.True(() => gateway.HasExited, "the gateway refuses to start");
        await gateway.WaitForExitAsync();
        gateway.ExitCode.Should().NotBe(0);
        return string.Join('\n', gateway.Output);
    }
}
