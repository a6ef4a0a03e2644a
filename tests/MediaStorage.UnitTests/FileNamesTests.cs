using AiVideo.MediaStorage.Application.Uploads;

namespace AiVideo.MediaStorage.UnitTests;

public sealed class FileNamesTests
{
    [Theory]
    [InlineData("launch film.mp4")]
    [InlineData("Ölfilm \"final\"; v2.png")]
    [InlineData("..hidden.png")]
    [InlineData("カタログ.jpg")]
    public void Names_are_labels_and_may_hold_any_printable_text(string name)
    {
        FileNames.Problem(name).Should().BeNull();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("../x.png")]
    [InlineData("a/b.png")]
    [InlineData("a\\b.png")]
    [InlineData(".")]
    [InlineData(" .. ")]
    [InlineData("tab\there.png")]
    [InlineData("nul\0.png")]
    public void Paths_blanks_and_control_characters_are_refused(string? name)
    {
        FileNames.Problem(name).Should().NotBeNull();
    }

    [Fact]
    public void A_name_longer_than_255_characters_is_refused()
    {
        FileNames.Problem(new string('a', 252) + ".png").Should().NotBeNull();
        FileNames.Problem(new string('a', 251) + ".png").Should().BeNull();
    }
}
