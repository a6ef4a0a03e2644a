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
        var request = new DirectFileRequest("a.png", declared, "company-asset", data, null, null, null, null, null, null);

        request.TryDecode(out var content, out var contentType).Should().BeTrue();

        content.Should().Equal(Bytes);
        contentType.Should().Be(expectedType, "a declared type wins over the data URL's");
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("data:image/png,iVBORwECAw==")]
    [InlineData("data:image/png;base64")]
    public void Anything_else_is_refused(string data)
    {
        new DirectFileRequest("a.png", null, "company-asset", data, null, null, null, null, null, null).TryDecode(out _, out _).Should().BeFalse();
    }
}
