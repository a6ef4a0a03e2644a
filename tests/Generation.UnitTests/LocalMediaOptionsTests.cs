using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AiVideo.Generation.UnitTests;

public sealed class LocalMediaOptionsTests
{
    [Fact]
    public void Missing_tools_and_font_and_bad_limits_stop_the_service_with_every_reason()
    {
        using var services = Services(new()
        {
            ["Providers:Local:FfmpegFolder"] = "/nowhere",
            ["Providers:Local:EspeakPath"] = "/nowhere/espeak-ng",
            ["Providers:Local:FontPath"] = "/nowhere/font.ttf",
            ["Providers:Local:X264Preset"] = "warp",
            ["Providers:Local:RenderTimeout"] = "00:00:00",
        });

        var act = () => services.GetRequiredService<IOptions<LocalMediaOptions>>().Value;

        act.Should().Throw<OptionsValidationException>().Which.Failures.Should().HaveCount(6)
            .And.Contain(f => f.StartsWith("ffmpeg was not found")).And.Contain(f => f.StartsWith("ffprobe was not found"))
            .And.Contain(f => f.StartsWith("espeak-ng was not found")).And.Contain(f => f.Contains("font.ttf"))
            .And.Contain(f => f.Contains("X264Preset")).And.Contain(f => f.Contains("RenderTimeout"));
    }

    [Fact]
    public void Every_port_resolves_to_the_local_provider_by_default_and_by_name()
    {
        using var services = Services(new() { ["Providers:Local:FfmpegFolder"] = Path.GetDirectoryName(Which("ffmpeg")) });

        foreach (var port in new[] { typeof(IStoryWriter), typeof(IImageGenerator), typeof(IClipGenerator), typeof(ISpeechSynthesizer), typeof(ICaptionWriter),
                     typeof(IVideoComposer), typeof(IVideoTranscoder), typeof(IMediaProbe), typeof(ITextToVideoGenerator) })
        {
            var byDefault = services.GetRequiredService(port);
            services.GetRequiredKeyedService(port, LocalMediaProviders.Name).Should().BeSameAs(byDefault);
            byDefault.GetType().Namespace.Should().StartWith("AiVideo.Generation.Infrastructure.Local");
        }
        services.GetRequiredService<IOptions<LocalMediaOptions>>().Value.DefaultVoice.Should().Be("en-us");
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddLogging()
            .AddLocalMediaProviders(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();

    private static string Which(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, tool)).First(File.Exists);
}
