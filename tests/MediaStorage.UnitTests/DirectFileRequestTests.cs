using AiVideo.MediaStorage.Api.Endpoints;

namespace AiVideo.MediaStorage.UnitTests;

public sealed class DirectFileRequestTests
{
    private static readonly byte[] Bytes = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3];

    [Theory]
    [InlineData("iVBORwECAw==", null, null)]
    [InlineData("iVBORwECAw==", "image/png", "image/png")]
    [InlineData("data:image/png;base64,iVBORwECAw==", null, "image/png")]
    [InlineData("DATA:image/png;BASE64,iVBORwECAw==", null, "image/png")]
    [InlineData("data:image/png;base64,iVBORwECAw==", "image/webp", "image/webp")]
    public void Base64_is_read_with_or_without_a_data_url(string data, string? declared, string? expectedType)
    {
        using var request = new DirectFileRequest("a.png", declared, "company-asset", Base64Data.Decode(System.Text.Encoding.UTF8.GetBytes(data)),
            null, null, null, null, null, null);

        request.TryDecode(out var content, out var contentType).Should().BeTrue();

        content.ToArray().Should().Equal(Bytes);
        contentType.Should().Be(expectedType, "a declared type wins over the data URL's");
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("data:image/png,iVBORwECAw==")]
    [InlineData("data:image/png;base64")]
    [InlineData("data:;base64")]
    public void Anything_else_is_refused(string data)
    {
        using var request = new DirectFileRequest("a.png", null, "company-asset", Base64Data.Decode(System.Text.Encoding.UTF8.GetBytes(data)),
            null, null, null, null, null, null);

        request.TryDecode(out _, out _).Should().BeFalse();
    }

    [Fact]
    public void Whitespace_between_the_characters_is_allowed_and_the_buffer_goes_back_on_dispose()
    {
        var data = Base64Data.Decode("iVBO\r\nRwEC Aw=="u8);

        data.IsValid.Should().BeTrue();
        data.Bytes.ToArray().Should().Equal(Bytes);
        data.Dispose();
        data.Bytes.Length.Should().Be(0);
    }
}
