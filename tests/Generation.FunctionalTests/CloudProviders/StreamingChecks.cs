using System.Text.RegularExpressions;

namespace AiVideo.Generation.FunctionalTests.CloudProviders;

/// <summary>What a streaming provider's ladder copied into the workspace must be, looked at with ffprobe and by its files.</summary>
public static partial class StreamingChecks
{
    /// <summary>
    /// The copy is <see cref="HlsLadderSample"/>'s ladder, self-contained: every file a name media-api stores beside an
    /// upload, no playlist naming an address, the master playing both variants with sound for the sample's length, and
    /// every segment (with its init section, for fMP4) real H.264 and AAC.
    /// </summary>
    public static void LocalLadder(TranscodedVideo video, string segmentExtension)
    {
        var files = Directory.EnumerateFiles(video.HlsFolder, "*", SearchOption.AllDirectories)
            .Select(f => "hls/" + Path.GetRelativePath(video.HlsFolder, f).Replace(Path.DirectorySeparatorChar, '/')).ToList();
        files.Should().OnlyContain(f => MediaRenditionPath().IsMatch(f), "media-api stores only such names beside an upload");
        files.Should().Contain("hls/master.m3u8");
        video.MasterPlaylistPath.Should().Be(Path.Combine(video.HlsFolder, "master.m3u8"));
        foreach (var playlist in Directory.EnumerateFiles(video.HlsFolder, "*.m3u8", SearchOption.AllDirectories))
        {
            File.ReadAllText(playlist).Should().NotContain("http", "no URI in the copy points back at the provider").And.NotContain("token=");
        }
        var segments = files.Where(f => f.EndsWith(segmentExtension, StringComparison.Ordinal)).ToList();
        segments.Should().HaveCount(6, "both variants' three segments were copied");

        var probed = JsonDocument.Parse(MediaTools.Run("ffprobe", "-v", "error", "-print_format", "json", "-show_format", "-show_streams", video.MasterPlaylistPath)).RootElement;
        var streams = probed.GetProperty("streams").EnumerateArray().ToList();
        streams.Where(s => s.GetProperty("codec_type").GetString() == "video").Select(s => s.GetProperty("height").GetInt32()).Should().BeEquivalentTo([360, 180]);
        streams.Should().Contain(s => s.GetProperty("codec_type").GetString() == "audio" && s.GetProperty("codec_name").GetString() == "aac");
        double.Parse(probed.GetProperty("format").GetProperty("duration").GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            .Should().BeApproximately(HlsLadderSample.Seconds, 0.3);

        foreach (var variant in video.Variants)
        {
            File.Exists(variant.PlaylistPath).Should().BeTrue();
            var variantProbe = MediaTools.Probe(variant.PlaylistPath);
            variantProbe.Streams.Should().Contain(s => s.Type == "video" && s.Codec == "h264" && s.Height == variant.Height);
        }
        if (segmentExtension == ".ts")
        {
            foreach (var segment in segments)
            {
                MediaTools.Probe(Path.Combine(video.HlsFolder, segment["hls/".Length..])).Streams.Select(s => s.Codec).Should().Contain(["h264", "aac"]);
            }
        }
    }

    [GeneratedRegex(@"^hls/([A-Za-z0-9_-]{1,32}/)?[A-Za-z0-9_-]{1,64}\.(m3u8|ts|m4s|mp4|vtt)$")]
    private static partial Regex MediaRenditionPath();
}
