namespace AiVideo.Gateway.Tests;

public sealed class ConfigurationTests
{
    [Fact]
    public async Task A_mistake_in_the_ReverseProxy_section_stops_start_up_and_says_what_is_wrong()
    {
        await using var gateway = await GatewayProcess.StartAsync(new Dictionary<string, string?>
        {
            ["ReverseProxy:Routes:orphan:ClusterId"] = "missing",
            ["ReverseProxy:Routes:orphan:Match:Path"] = "/orphan",
            ["ReverseProxy:Routes:odd:ClusterId"] = "ok",
            ["ReverseProxy:Routes:odd:Match:Path"] = "/odd",
            ["ReverseProxy:Routes:odd:Transforms:0:PathTwist"] = "/x",
            ["ReverseProxy:Clusters:ok:Destinations:a:Address"] = "not a url",
        }, waitUntilAlive: false);

        await Eventually.True(() => gateway.HasExited, "the gateway refuses to start");
        gateway.ExitCode.Should().NotBe(0);
        var output = string.Join('\n', gateway.Output);
        output.Should().Contain("Route 'orphan' names cluster 'missing', which is not configured.");
        output.Should().Contain("is not one the gateway knows");
        output.Should().Contain("Cluster 'ok' destination 'a' has no valid http(s) Address");
    }
}
