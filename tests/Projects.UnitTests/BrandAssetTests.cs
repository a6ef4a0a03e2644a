using AiVideo.Projects.Domain.Brand;

namespace AiVideo.Projects.UnitTests;

public sealed class BrandAssetTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_colour_scheme_is_an_object_of_hex_colours_read_back_in_order()
    {
        var asset = BrandAsset.Create(Given.Company, BrandAssetType.ColorScheme, """{ "primary": "#0a84ff", "accents": ["#FF9F0A", "#30D158"] }""", null, Now).Value;

        asset.Colors().Should().Equal("#0A84FF", "#FF9F0A", "#30D158");
        asset.Value.Should().Be("""{"primary":"#0a84ff","accents":["#FF9F0A","#30D158"]}""");
    }

    [Theory]
    [InlineData("""{ "primary": "blue" }""")]
    [InlineData("""{ "primary": "#0A84F" }""")]
    [InlineData("""{ }""")]
    [InlineData("""["#0A84FF"]""")]
    [InlineData("""{ "primary": """)]
    [InlineData("")]
    public void A_colour_scheme_that_is_not_hex_colours_is_refused(string value) =>
        BrandAsset.Create(Given.Company, BrandAssetType.ColorScheme, value, null, Now).Error!.Fields.Should().ContainKey("value");

    [Fact]
    public void Colour_properties_of_other_assets_are_checked_too()
    {
        BrandAsset.Create(Given.Company, BrandAssetType.Badge, """{ "text": "New", "backgroundColor": "red" }""", null, Now)
            .Error!.Fields["value"].Single().Should().Contain("'red'");
        BrandAsset.Create(Given.Company, BrandAssetType.Badge, """{ "text": "New", "style": { "color": "#FFFFFF" } }""", null, Now).IsSuccess.Should().BeTrue();
    }

    [Fact]
    public void A_logo_is_a_file_and_other_assets_need_a_value_or_a_file()
    {
        BrandAsset.Create(Given.Company, BrandAssetType.Logo, """{ "placement": "top-right" }""", null, Now).Error!.Fields.Should().ContainKey("fileId");
        BrandAsset.Create(Given.Company, BrandAssetType.Logo, null, Guid.CreateVersion7(), Now).IsSuccess.Should().BeTrue();
        BrandAsset.Create(Given.Company, BrandAssetType.Font, null, null, Now).Error!.Fields.Should().ContainKey("value");
        BrandAsset.Create(Given.Company, BrandAssetType.Font, """{ "family": "DejaVu Sans" }""", null, Now).Value.Colors().Should().BeEmpty();
    }

    [Fact]
    public void An_update_is_checked_like_a_creation()
    {
        var asset = BrandAsset.Create(Given.Company, BrandAssetType.ColorScheme, """{ "primary": "#000000" }""", null, Now).Value;

        asset.Update("""{ "primary": "black" }""", null, Now).IsSuccess.Should().BeFalse();
        asset.Colors().Should().Equal("#000000");
        asset.Update("""{ "primary": "#FFFFFF" }""", null, Now.AddMinutes(1)).IsSuccess.Should().BeTrue();
        asset.Colors().Should().Equal("#FFFFFF");
        asset.UpdatedAt.Should().Be(Now.AddMinutes(1));
    }

    [Fact]
    public void Types_are_written_upper_case()
    {
        BrandAssetTypes.Name(BrandAssetType.ColorScheme).Should().Be("COLOR_SCHEME");
        BrandAssetTypes.TryParse("color_scheme", out var type).Should().BeTrue();
        type.Should().Be(BrandAssetType.ColorScheme);
        BrandAssetTypes.TryParse("BANNER", out _).Should().BeFalse();
    }

    [Fact]
    public void A_value_is_bounded() =>
        BrandAsset.Create(Given.Company, BrandAssetType.Badge, $$"""{ "text": "{{new string('x', BrandAsset.MaxValueLength)}}" }""", null, Now)
            .Error!.Fields.Should().ContainKey("value");
}
