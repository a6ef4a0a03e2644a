using AiVideo.MediaStorage.Application.Playback;

namespace AiVideo.MediaStorage.UnitTests;

public sealed class PlaylistRewriterTests
{
    private const string Master = """
        #EXTM3U
        #EXT-X-VERSION:6
        #EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="aac",NAME="en",URI="audio/index.m3u8"
        #EXT-X-STREAM-INF:BANDWIDTH=3080000,RESOLUTION=1280x720,CODECS="avc1.64001f,mp4a.40.2"
        720p/index.m3u8

        #EXT-X-STREAM-INF:BANDWIDTH=880000,RESOLUTION=640x360
        360p/index.m3u8?old=query
        """;

    private const string Variant = """
        #EXTM3U
        #EXT-X-TARGETDURATION:4
        #EXT-X-MAP:URI="init.mp4"
        #EXTINF:4.000000,
        segment_000.ts
        #EXTINF:2.500000,
        ../720p/segment_001.ts
        #EXT-X-ENDLIST
        """;

    [Fact]
    public void A_master_playlist_points_at_its_variants_and_renditions_through_signed_links()
    {
        var rewritten = PlaylistRewriter.Rewrite(Master, "master.m3u8", (uri, path) => $"{uri}?sig=1&path={path}", path => $"https://store/{path}")!;

        rewritten.Split('\n').Should().Contain([
            "720p/index.m3u8?sig=1&path=720p/index.m3u8",
            "360p/index.m3u8?sig=1&path=360p/index.m3u8",
            "#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID=\"aac\",NAME=\"en\",URI=\"audio/index.m3u8?sig=1&path=audio/index.m3u8\"",
            "#EXT-X-STREAM-INF:BANDWIDTH=3080000,RESOLUTION=1280x720,CODECS=\"avc1.64001f,mp4a.40.2\"",
        ]);
    }

    [Fact]
    public void Segments_and_init_sections_of_a_variant_become_object_urls_resolved_against_its_folder()
    {
        var rewritten = PlaylistRewriter.Rewrite(Variant, "720p/index.m3u8", (uri, _) => uri, path => $"https://store/{path}?signed")!;

        rewritten.Split('\n').Should().Contain([
            "#EXT-X-MAP:URI=\"https://store/720p/init.mp4?signed\"",
            "https://store/720p/segment_000.ts?signed",
            "https://store/720p/segment_001.ts?signed",
            "#EXT-X-ENDLIST",
        ]);
    }

    [Theory]
    [InlineData("../../original.mp4")]
    [InlineData("/companies/other/videos/x/original.mp4")]
    [InlineData("..%2F..%2Foriginal.mp4")]
    [InlineData("file:///etc/passwd")]
    public void A_playlist_that_leaves_the_ladder_is_not_served(string uri)
    {
        PlaylistRewriter.Rewrite($"#EXTM3U\n#EXTINF:4,\n{uri}\n", "720p/index.m3u8", (u, _) => u, path => path).Should().BeNull();
    }

    [Fact]
    public void Absolute_http_uris_are_left_as_they_are()
    {
        var rewritten = PlaylistRewriter.Rewrite("#EXTM3U\nhttps://cdn.example.com/a.ts\n", "master.m3u8", (u, _) => u, path => "changed")!;

        rewritten.Should().Contain("https://cdn.example.com/a.ts");
    }
}
