using AiVideo.Generation.Application.Abstractions;
using AiVideo.Generation.Application.Providers;
using AiVideo.Generation.Application.Videos;
using Microsoft.Extensions.Options;

namespace AiVideo.Generation.UnitTests;

/// <summary>What a video request may ask for, through <c>/v1/videos</c> (OpenAI's choices) and <c>/api/videos</c> (the provider's ranges).</summary>
public sealed class VideoRulesTests
{
    private readonly VideoRules _rules = new(Catalog());

    [Theory]
    [InlineData("4", "720x1280")]
    [InlineData("8", "1280x720")]
    [InlineData("12", "1792x1024")]
    [InlineData(" 8 ", "1024x1792")]
    public void OpenAis_lengths_and_sizes_are_taken(string seconds, string size)
    {
        var result = _rules.Check(new VideoRequest("A cat", "sora-2", null, size, seconds, null, null, OpenAi: true));

        result.IsSuccess.Should().BeTrue(result.IsSuccess ? "" : string.Join("; ", result.Error.Fields.Select(f => $"{f.Key}: {string.Join(" ", f.Value)}")));
        (result.Value.Provider, result.Value.Model, result.Value.Size.ToString(), result.Value.Seconds)
            .Should().Be(("local", "sora-2", size, double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("5", null, "seconds")]
    [InlineData("4.0", null, "seconds")]
    [InlineData("120", null, "seconds")]
    [InlineData(null, "1920x1080", "size")]
    [InlineData(null, "640x480", "size")]
    [InlineData(null, "1280 x 720", "size")]
    public void Anything_else_through_the_openai_shape_is_refused_naming_the_field(string? seconds, string? size, string field)
    {
        var result = _rules.Check(new VideoRequest("A cat", null, null, size, seconds, null, null, OpenAi: true));

        result.Error!.Fields.Keys.Should().Equal(field);
    }

    [Fact]
    public void Without_size_length_or_model_the_defaults_are_openais_and_the_providers_first_model()
    {
        var result = _rules.Check(new VideoRequest("A cat", null, null, null, null, null, null, OpenAi: false));

        (result.Value.Provider, result.Value.Model, result.Value.Size, result.Value.Seconds).Should().Be(("local", "local", new VideoSize(720, 1280), 4));
    }

    [Theory]
    [InlineData("1", "1920x1080")]
    [InlineData("120", "1080x1080")]
    [InlineData("6.5", "1280x720")]
    public void The_platforms_shape_takes_the_providers_own_ranges(string seconds, string size)
    {
        var result = _rules.Check(new VideoRequest("A cat", null, "local", size, seconds, null, null, OpenAi: false));

        result.IsSuccess.Should().BeTrue();
    }

    [Theory]
    [InlineData("0")]
    [InlineData("0.5")]
    [InlineData("121")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("ten")]
    public void Lengths_outside_the_providers_range_are_refused(string seconds)
    {
        var result = _rules.Check(new VideoRequest("A cat", null, null, "1280x720", seconds, null, null, OpenAi: false));

        result.Error!.Fields.Keys.Should().Equal("seconds");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_prompt_is_required(string? prompt)
    {
        _rules.Check(new VideoRequest(prompt, null, null, null, null, null, null, OpenAi: true)).Error!.Fields.Keys.Should().Equal("prompt");
        VideoRules.CheckPrompt(prompt).IsSuccess.Should().BeFalse();
    }

    [Fact]
    public void A_prompt_is_at_most_4000_characters()
    {
        VideoRules.CheckPrompt(new string('a', VideoRules.MaxPromptLength)).IsSuccess.Should().BeTrue();
        VideoRules.CheckPrompt(new string('a', VideoRules.MaxPromptLength + 1)).Error!.Fields["prompt"].Single().Should().Contain("4001");
    }

    [Fact]
    public void Unknown_providers_and_models_are_refused_and_every_bad_field_is_named_at_once()
    {
        _rules.Check(new VideoRequest("A cat", null, "nonexistent", null, null, null, null, OpenAi: false)).Error!.Fields.Keys.Should().Equal("provider");
        var model = _rules.Check(new VideoRequest("", "gpt-video-9", null, null, null, null, null, OpenAi: true)).Error!.Fields;
        model.Keys.Should().BeEquivalentTo(["prompt", "model"]);
        model["model"].Single().Should().Contain("sora-2");
        _rules.Check(new VideoRequest("A cat", null, null, "640x480", "5", null, null, OpenAi: true)).Error!.Fields.Keys.Should().BeEquivalentTo(["size", "seconds"]);
    }

    [Fact]
    public void A_model_resolves_to_the_provider_that_serves_it()
    {
        var catalog = Catalog(new Dictionary<string, ProviderSettings> { ["cloud"] = new() { Models = ["cloud-video-1"] } }, "local", "cloud");

        catalog.Resolve(null, "cloud-video-1").Value.Should().Be(("cloud", "cloud-video-1"));
        catalog.Resolve(null, "sora-2").Value.Should().Be(("local", "sora-2"));
        catalog.Resolve("local", "cloud-video-1").Error!.Fields.Keys.Should().Equal("model");
        catalog.Resolve("cloud", null).Value.Should().Be(("cloud", "cloud-video-1"));
    }

    [Fact]
    public void Concurrency_comes_from_configuration_and_the_local_provider_defaults_to_the_cores()
    {
        Catalog().MaxConcurrency("local").Should().Be(Environment.ProcessorCount);
        Catalog(new Dictionary<string, ProviderSettings> { ["local"] = new() { MaxConcurrency = 1 } }).MaxConcurrency("local").Should().Be(1);
        Catalog(new Dictionary<string, ProviderSettings>(), "local", "cloud").MaxConcurrency("cloud").Should().Be(4);
        Catalog(new Dictionary<string, ProviderSettings> { ["local"] = new() { MaxConcurrency = 0 } }).MaxConcurrency("local")
            .Should().Be(Environment.ProcessorCount, "0 means the default");
    }

    [Fact]
    public void A_default_provider_this_build_does_not_have_stops_the_service_at_start()
    {
        var build = () => new ProviderCatalog(new NamedProviders(["local"]),
            Options.Create(new ProviderOptions { DefaultProvider = "runway" }));

        build.Should().Throw<InvalidOperationException>().WithMessage("*runway*local*");
    }

    private static ProviderCatalog Catalog(Dictionary<string, ProviderSettings>? configured = null, params string[] names) =>
        new(new NamedProviders(names.Length > 0 ? names : ["local"]),
            Options.Create(new ProviderOptions { Providers = new(configured ?? [], StringComparer.OrdinalIgnoreCase) }));

    /// <summary>Providers known by name only, each serving every port: these rules never reach an implementation.</summary>
    private sealed class NamedProviders(IReadOnlyList<string> names) : IMediaProviders
    {
        public IReadOnlyList<string> Names => names;

        public bool Serves(string provider, Type port) => names.Contains(provider);

        public T Get<T>(string provider) where T : class => throw new InvalidOperationException("The rules never ask for an implementation.");
    }
}
