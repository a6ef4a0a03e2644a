using AiVideo.MediaStorage.Api.Http;
using AiVideo.MediaStorage.Application.Storage;
using Microsoft.AspNetCore.Http;

namespace AiVideo.MediaStorage.UnitTests;

public sealed class ByteRangesTests
{
    [Theory]
    [InlineData("bytes=0-99", 0L, 99L)]
    [InlineData("bytes=900-", 900L, 999L)]
    [InlineData("bytes=900-5000", 900L, 999L)]
    [InlineData("bytes=-100", 900L, 999L)]
    [InlineData("bytes=-5000", 0L, 999L)]
    public void One_range_is_resolved_against_the_size(string header, long from, long to)
    {
        ByteRanges.Resolve(Request(header), 1000).Should().Be(new ByteRanges.Resolution(new ByteRange(from, to), false));
    }

    [Theory]
    [InlineData("bytes=1000-")]
    [InlineData("bytes=5000-6000")]
    [InlineData("bytes=-0")]
    public void A_range_past_the_end_is_unsatisfiable(string header)
    {
        ByteRanges.Resolve(Request(header), 1000).Unsatisfiable.Should().BeTrue();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("bytes=0-1,5-6")]
    [InlineData("items=0-1")]
    [InlineData("bytes=9-2")]
    [InlineData("nonsense")]
    public void Anything_else_is_served_whole(string? header)
    {
        ByteRanges.Resolve(Request(header), 1000).Should().Be(new ByteRanges.Resolution(null, false));
    }

    private static HttpRequest Request(string? range)
    {
        var context = new DefaultHttpContext();
        if (range is not null)
        {
            context.Request.Headers.Range = range;
        }
        return context.Request;
    }
}
