using AiVideo.Generation.Infrastructure.Providers.Cloud;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AiVideo.Generation.UnitTests;

/// <summary>A RunwayML provider's ratios and durations read at start: a mistyped one stops the service, naming the setting.</summary>
public sealed class RunwayMlSettingsTests
{
    [Theory]
    [InlineData("Ratios", "1280x720")]
    [InlineData("Ratios", "1280:720, wide")]
    [InlineData("Ratios", ",")]
    [InlineData("Durations", "5, ten")]
    [InlineData("Durations", "0")]
    [InlineData("Durations", "4.5")]
    public void A_mistyped_ratio_or_duration_stops_the_service_at_start(string parameter, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Generation:Providers:runway:Type"] = "runwayml",
            [$"Generation:Providers:runway:Parameters:{parameter}"] = value,
        }).Build();

        var register = () => new ServiceCollection().AddCloudProviders(configuration);

        register.Should().Throw<InvalidOperationException>().WithMessage($"runway:Parameters:{parameter} is '{value}', not a comma-separated list of *");
    }

    [Fact]
    public void Ratios_and_durations_that_read_well_are_taken()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Generation:Providers:runway:Type"] = "runwayml",
            ["Generation:Providers:runway:Parameters:Ratios"] = "1920:1080, 1080:1920",
            ["Generation:Providers:runway:Parameters:Durations"] = "4,6, 8",
        }).Build();

        var register = () => new ServiceCollection().AddCloudProviders(configuration);

        register.Should().NotThrow();
    }
}
