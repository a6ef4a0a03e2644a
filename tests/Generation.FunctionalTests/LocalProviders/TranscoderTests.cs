using System.Diagnostics;
using System.Globalization;
using SkiaSharp;

namespace AiVideo.Generation.FunctionalTests.LocalProviders;

public sealed class TranscoderTests(LocalMediaFixture media) : IClassFixture<LocalMediaFixture>
{
    private readonly IVideoTranscoder _transcoder = media.Get<IVideoTranscoder>();

    [Fact]
    public async Task An_upload_becomes_a_720p_and_360p_hls_ladder_with_4_second_segments()
    {
        var source = Source(1280, 720, 5, audio: true);
        using var workspace = media.Workspace();

        var result = await _transcoder.TranscodeAsync(new TranscodeRequest(source), workspace, null, default);

        result.Source.DurationSeconds.Should().BeApproximately(5, 0.05);
        (result.Source.Video!.Codec, result.Source.Video.Width, result.Source.Video.Height, result.Source.Audio!.Codec).Should().Be(("h264", 1280, 720, "aac"));
        result.Variants.Select(v => (v.Name, v.Width, v.Height)).Should().Equal(("720p", 1280, 720), ("360p", 640, 360));
        var master = File.ReadAllText(result.MasterPlaylistPath);
        master.Should().Contain("720p/index.m3u8").And.Contain("360p/index.m3u8").And.Contain("RESOLUTION=1280x720").And.Contain("RESOLUTION=640x360");

        var streams = MediaTools.Probe(result.MasterPlaylistPath).Streams;
        streams.Where(s => s.Type == "video").Select(s => s.Height).Should().BeEquivalentTo(new double?[] { 720, 360 }, "ffprobe reads both variants through the master playlist");
        streams.Count(s => s.Type == "audio").Should().Be(2);
        foreach (var variant in result.Variants)
        {
            var segments = Segments(variant.PlaylistPath);
            segments.Should().HaveCount(2);
            segments[0].Should().BeApproximately(4, 0.1);
            segments.Sum().Should().BeApproximately(5, 0.1);
        }
        using var thumbnail = SKBitmap.Decode(result.ThumbnailPath);
        (thumbnail.Width, thumbnail.Height).Should().Be((1280, 720));
    }

    [Fact]
    public async Task The_ladder_is_never_taller_than_the_source_and_keeps_a_portrait_shape()
    {
        var source = Source(360, 640, 2, audio: false);
        using var workspace = media.Workspace();

        var result = await _transcoder.TranscodeAsync(new TranscodeRequest(source), workspace, null, default);

        result.Variants.Should().ContainSingle().Which.Should().Match<HlsVariant>(v => v.Name == "360p" && v.Width == 360 && v.Height == 640 && v.AudioBitrateKbps == 0);
        var probed = MediaTools.Probe(result.MasterPlaylistPath);
        probed.Streams.Should().ContainSingle(s => s.Type == "video").Which.Height.Should().Be(640);
        probed.Streams.Should().NotContain(s => s.Type == "audio");
    }

    [Theory]
    [InlineData("text")]
    [InlineData("image")]
    [InlineData("truncated")]
    public async Task A_file_that_is_not_a_video_is_refused_by_the_probe_with_a_reason(string kind)
    {
        var path = media.Input($"upload-{kind}.mp4");
        switch (kind)
        {
            case "text":
                File.WriteAllText(path, "This is a shopping list, not a video.\nMilk\nEggs\n");
                break;
            case "image":
                ImageGeneratorTests.Solid(path, 64, 64, SKColors.Orange);
                break;
            default:
                var whole = Source(320, 180, 2, audio: true);
                File.WriteAllBytes(path, File.ReadAllBytes(whole).Take(3000).ToArray());
                break;
        }
        using var workspace = media.Workspace();
        var act = () => _transcoder.TranscodeAsync(new TranscodeRequest(path), workspace, null, default);

        var failure = (await act.Should().ThrowAsync<MediaProcessingException>()).Which;
        failure.Code.Should().Be(MediaErrorCodes.UnreadableInput, "the probe refuses it, before any transcoding is tried");
        failure.Retryable.Should().BeFalse();
        failure.Message.Should().NotBeNullOrWhiteSpace();
        Directory.EnumerateFileSystemEntries(workspace.Path).Should().BeEmpty("nothing was written for a file that is not a video");
    }

    private string Source(int width, int height, int seconds, bool audio)
    {
        var path = media.Input($"source-{width}x{height}.mp4");
        var arguments = new List<string> { "-v", "error", "-f", "lavfi", "-i", $"testsrc2=size={width}x{height}:rate=30" };
        if (audio)
        {
            arguments.AddRange(["-f", "lavfi", "-i", "sine=frequency=330:sample_rate=48000"]);
        }
        arguments.AddRange(["-t", seconds.ToString(CultureInfo.InvariantCulture), "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"]);
        if (audio)
        {
            arguments.AddRange(["-c:a", "aac"]);
        }
        arguments.Add(path);
        MediaTools.Run("ffmpeg", [.. arguments]);
        return path;
    }

    private static List<double> Segments(string playlist) =>
        [.. File.ReadAllLines(playlist).Where(l => l.StartsWith("#EXTINF:", StringComparison.Ordinal))
            .Select(l => double.Parse(l["#EXTINF:".Length..].TrimEnd(','), CultureInfo.InvariantCulture))];
}
