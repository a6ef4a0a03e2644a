using System.Text.Json.Nodes;
using AiVideo.Generation.Infrastructure.Providers.Cloud;
using AiVideo.Generation.Infrastructure.Providers.Replicate;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AiVideo.Generation.UnitTests;

/// <summary>Replicate models' inputs written from their templates, and templates that are not JSON objects stopping the service at start.</summary>
public sealed class PredictionInputTests
{
    private static readonly Dictionary<string, JsonNode?> Values = new()
    {
        ["prompt"] = "A red kite",
        ["negative_prompt"] = null,
        ["width"] = 640,
        ["height"] = 360,
        ["image"] = null,
        ["seconds"] = 5,
    };

    [Fact]
    public void A_whole_placeholder_becomes_the_value_with_its_type_and_a_missing_value_leaves_its_field_out()
    {
        var input = PredictionInput.Parse("""{"prompt": "{prompt}", "negative_prompt": "{negative_prompt}", "width": "{width}", "steps": 4, "fast": true}""", "test")
            .Render(Values);

        input.ToJsonString().Should().Be("""{"prompt":"A red kite","width":640,"steps":4,"fast":true}""");
    }

    [Fact]
    public void Placeholders_inside_text_nested_objects_and_arrays_are_filled_and_unknown_ones_kept()
    {
        var input = PredictionInput.Parse(
            """{"caption": "{prompt}, {width}x{height}, {unknown}", "size": {"w": "{width}", "h": "{height}"}, "frames": ["{image}", "{prompt}", 1], "raw": "{style}"}""",
            "test").Render(Values);

        input.ToJsonString().Should().Be(
            """{"caption":"A red kite, 640x360, {unknown}","size":{"w":640,"h":360},"frames":["A red kite",1],"raw":"{style}"}""");
    }

    [Fact]
    public void Rendering_leaves_the_template_as_it_was()
    {
        var template = PredictionInput.Parse("""{"prompt": "{prompt}", "seconds": "{seconds}"}""", "test");

        template.Render(Values);
        var second = template.Render(new Dictionary<string, JsonNode?> { ["prompt"] = "Another", ["seconds"] = 10 });

        second.ToJsonString().Should().Be("""{"prompt":"Another","seconds":10}""");
    }

    [Fact]
    public void A_template_says_which_placeholders_it_uses()
    {
        var template = PredictionInput.Parse("""{"prompt": "{prompt}", "frames": [{"first": "{image}"}]}""", "test");

        (template.Uses("image"), template.Uses("prompt"), template.Uses("seconds")).Should().Be((true, true, false));
    }

    [Theory]
    [InlineData("""["prompt"]""")]
    [InlineData("""{"prompt": """)]
    [InlineData("not json")]
    public void A_template_that_is_not_a_json_object_stops_the_service_at_start_naming_the_setting(string template)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Generation:Providers:replicate:Type"] = "replicate",
            ["Generation:Providers:replicate:Parameters:ImageVersion"] = "black-forest-labs/flux-schnell",
            ["Generation:Providers:replicate:Parameters:ImageInput"] = template,
        }).Build();

        var register = () => new ServiceCollection().AddCloudProviders(configuration);

        register.Should().Throw<InvalidOperationException>().WithMessage("replicate:Parameters:ImageInput is not*");
    }

    [Theory]
    [InlineData(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10 }, "image/png")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "image/jpeg")]
    [InlineData(new byte[] { (byte)'R', (byte)'I', (byte)'F', (byte)'F', 1, 2, 3, 4, (byte)'W', (byte)'E', (byte)'B', (byte)'P' }, "image/webp")]
    [InlineData(new byte[] { (byte)'G', (byte)'I', (byte)'F', (byte)'8' }, null)]
    public void A_picture_sent_as_a_data_uri_is_typed_by_its_first_bytes(byte[] bytes, string? type)
    {
        ImageDataUri.ContentTypeOf(bytes).Should().Be(type);
    }
}
