namespace AiVideo.MediaStorage.UnitTests;

public sealed class MediaTypesTests
{
    [Theory]
    [InlineData("image/png", "image/png")]
    [InlineData("IMAGE/PNG", "image/png")]
    [InlineData("image/jpg", "image/jpeg")]
    [InlineData("audio/mp3", "audio/mpeg")]
    [InlineData("audio/x-m4a", "audio/mp4")]
    [InlineData("video/mp4; codecs=\"avc1.42E01E\"", "video/mp4")]
    [InlineData("text/html", null)]
    [InlineData("application/octet-stream", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Declared_types_are_normalised_or_refused(string? declared, string? expected)
    {
        MediaTypes.Normalize(declared).Should().Be(expected);
    }

    [Theory]
    [InlineData("video/mp4", "video/quicktime", true)]
    [InlineData("video/quicktime", "video/mp4", true)]
    [InlineData("audio/mp4", "video/mp4", true)]
    [InlineData("video/mp4", "audio/mp4", false)]
    [InlineData("video/mp4", "image/png", false)]
    [InlineData("image/jpeg", "image/png", false)]
    [InlineData("audio/mpeg", "audio/mpeg", true)]
    public void Bytes_agree_with_a_declaration_of_the_same_type_or_container(string declared, string detected, bool agree)
    {
        MediaTypes.Agree(declared, detected).Should().Be(agree);
    }
}
