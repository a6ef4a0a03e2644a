using AiVideo.Projects.Domain.Brand;
using AiVideo.Projects.Domain.Common;

namespace AiVideo.Projects.UnitTests;

public sealed class ValueObjectTests
{
    [Theory]
    [InlineData("16:9", 1280, 720)]
    [InlineData("9:16", 720, 1280)]
    [InlineData("1:1", 720, 720)]
    [InlineData("4:5", 720, 900)]
    public void Each_aspect_ratio_has_its_720p_class_size(string name, int width, int height)
    {
        var ratio = AspectRatio.Find(name)!;

        (ratio.Width, ratio.Height).Should().Be((width, height));
        AspectRatio.Parse(name).Should().BeSameAs(ratio);
        ((double)ratio.Width / ratio.Height).Should().BeApproximately(double.Parse(name.Split(':')[0]) / double.Parse(name.Split(':')[1]), 0.001);
    }

    [Theory]
    [InlineData("21:9")]
    [InlineData("16/9")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_aspect_ratios_are_not_found(string? name)
    {
        AspectRatio.Find(name).Should().BeNull();
        if (name is not null)
        {
            FluentActions.Invoking(() => AspectRatio.Parse(name)).Should().Throw<FormatException>();
        }
    }

    [Fact]
    public void Styles_moods_voices_and_caption_styles_are_found_by_name_whatever_the_case()
    {
        VideoStyle.Find(" CINEMATIC ").Should().BeSameAs(VideoStyle.Cinematic);
        Mood.Find("Uplifting")!.Name.Should().Be("uplifting");
        NarrationVoice.Find("EN-GB")!.Language.Should().Be("en-GB");
        CaptionStyle.Find("headline")!.Position.Should().Be("top");
        VideoStyle.Find("cubist").Should().BeNull();
        NarrationVoice.Find("klingon").Should().BeNull();
    }

    [Fact]
    public void Every_narration_voice_is_an_espeak_ng_voice_with_a_language_tag()
    {
        NarrationVoice.All.Select(v => v.Name).Should().Contain(["en-us", "en-gb", "de", "fr", "es", "it"]);
        NarrationVoice.All.Should().OnlyContain(v => v.Name == v.Name.ToLowerInvariant() && v.Language.Contains('-'));
        NarrationVoice.All.Select(v => v.Name).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Caption_style_colours_are_hex_colours() =>
        CaptionStyle.All.Should().OnlyContain(s => HexColor.IsValid(s.Color) && s.FontSize > 0);

    [Theory]
    [InlineData(ProjectStatus.StoryboardReady, "storyboard_ready")]
    [InlineData(ProjectStatus.Draft, "draft")]
    public void Statuses_are_written_in_snake_case(ProjectStatus status, string name)
    {
        WireNames.Of(status).Should().Be(name);
        WireNames.TryParse<ProjectStatus>(name.ToUpperInvariant(), out var parsed).Should().BeTrue();
        parsed.Should().Be(status);
        WireNames.Of(SceneStatus.GeneratingVideo).Should().Be("generating_video");
        WireNames.TryParse<ProjectStatus>("archived", out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("#0A84FF", true)]
    [InlineData("#0a84ff", true)]
    [InlineData("#0A84F", false)]
    [InlineData("0A84FF0", false)]
    [InlineData("#0A84FG", false)]
    [InlineData("red", false)]
    [InlineData(null, false)]
    public void Hex_colours_are_hash_and_six_hex_digits(string? value, bool valid) => HexColor.IsValid(value).Should().Be(valid);
}
