namespace AiVideo.EndToEnd.Tests.Support;

/// <summary>
/// What the test system runs with that <c>./run.sh</c> does not, given to the resources through the AppHost's own model
/// (their environment), so the production defaults stay as they are:
/// <list type="bullet">
/// <item>the gateway's per-person and per-address limits raised: one machine plays many customers from 127.0.0.1 and
/// polls as fast as a test waits (Gateway.Tests prove the limits themselves);</item>
/// <item>generation encodes with x264's <c>ultrafast</c> preset: the same pipeline and formats, less CPU on two cores;</item>
/// <item>generation's job lease is 15 s instead of 30 s, so a killed worker's job is taken over sooner (heartbeats still
/// come every 2 s).</item>
/// </list>
/// </summary>
public static class TestSystemSettings
{
    public const string X264Preset = "ultrafast";

    public static readonly TimeSpan JobLease = TimeSpan.FromSeconds(15);

    public static void Apply(IDistributedApplicationTestingBuilder builder)
    {
        Project(builder, ResourceNames.Gateway)
            .WithEnvironment("RateLimits__Default__PermitLimit", "1000000")
            .WithEnvironment("RateLimits__Auth__PermitLimit", "10000");
        Project(builder, ResourceNames.GenerationApi)
            .WithEnvironment("Providers__Local__X264Preset", X264Preset)
            .WithEnvironment("Generation__Jobs__LeaseDuration", JobLease.ToString("c"));
    }

    private static IResourceBuilder<ProjectResource> Project(IDistributedApplicationTestingBuilder builder, string name) =>
        builder.CreateResourceBuilder(builder.Resources.OfType<ProjectResource>().Single(r => r.Name == name));
}
