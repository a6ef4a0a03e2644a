using System.Text.RegularExpressions;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace AiVideo.Generation.FunctionalTests.CloudProviders;

/// <summary>
/// A real HLS ladder made by ffmpeg once per test run, as a streaming provider serves it: a 5-second test pattern with a
/// tone in two variants (640x360 and 320x180, 2-second segments), in MPEG-TS segments (as Mux serves them) or fMP4
/// segments with an init section (<c>EXT-X-MAP</c>). <see cref="Serve"/> puts it on a fake provider under a path, its
/// URIs relative as ffmpeg wrote them or absolute (with a query, as CDNs sign them).
/// </summary>
public static class HlsLadderSample
{
    public const double Seconds = 5;

    private static readonly Lazy<string> TsLadder = new(() => Make("ts"));
    private static readonly Lazy<string> Fmp4Ladder = new(() => Make("fmp4"));

    /// <summary>The folder of the ladder with <paramref name="segmentType"/> segments (<c>ts</c> or <c>fmp4</c>).</summary>
    public static string Folder(string segmentType) => segmentType == "ts" ? TsLadder.Value : Fmp4Ladder.Value;

    /// <summary>
    /// Serves the ladder on <paramref name="fake"/>: its master playlist at <paramref name="masterPath"/>, every other file
    /// under <paramref name="filesPath"/>; with <paramref name="absolute"/>, every URI in the playlists is an absolute URL
    /// with a <c>?token=</c> query the fake requires. Returns the files served (path on the fake → bytes).
    /// </summary>
    public static IReadOnlyDictionary<string, byte[]> Serve(FakeProvider fake, string segmentType, string masterPath, string filesPath, bool absolute,
        Func<string, string>? changePlaylist = null)
    {
        var folder = Folder(segmentType);
        var served = new Dictionary<string, byte[]>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/');
            var path = relative == "master.m3u8" ? masterPath : $"{filesPath.TrimEnd('/')}/{relative}";
            var bytes = File.ReadAllBytes(file);
            if (file.EndsWith(".m3u8", StringComparison.Ordinal))
            {
                var text = File.ReadAllText(file);
                if (absolute)
                {
                    var playlistFolder = relative.Contains('/') ? relative[..(relative.LastIndexOf('/') + 1)] : "";
                    string Absolute(string uri) => $"{fake.Address.ToString().TrimEnd('/')}{filesPath.TrimEnd('/')}/{playlistFolder}{uri}?token=signed";
                    text = Regex.Replace(text, "URI=\"([^\"]+)\"", m => $"URI=\"{Absolute(m.Groups[1].Value)}\"");
                    text = Regex.Replace(text, "^([^#\\s][^\\r\\n]*)$", m => Absolute(m.Groups[1].Value), RegexOptions.Multiline);
                }
                text = changePlaylist?.Invoke(text) ?? text;
                bytes = System.Text.Encoding.UTF8.GetBytes(text);
            }
            var request = Request.Create().WithPath(path).UsingGet();
            if (absolute && relative != "master.m3u8")
            {
                request = request.WithParam("token", "signed");
            }
            var contentType = Path.GetExtension(file) switch
            {
                ".m3u8" => "application/vnd.apple.mpegurl",
                ".ts" => "video/mp2t",
                _ => "video/mp4",
            };
            fake.Server.Given(request).RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", contentType).WithBody(bytes));
            served[path] = bytes;
        }
        return served;
    }

    /// <summary>A 1280x720 JPEG, as a provider's thumbnail.</summary>
    public static byte[] Thumbnail { get; } = MediaTools.RunBytes("ffmpeg", "-v", "error", "-f", "lavfi", "-i", "testsrc2=size=1280x720",
        "-frames:v", "1", "-f", "image2pipe", "-c:v", "mjpeg", "-");

    private static string Make(string segmentType)
    {
        var folder = Directory.CreateTempSubdirectory($"hls-ladder-{segmentType}-").FullName;
        var extension = segmentType == "ts" ? "ts" : "m4s";
        MediaTools.Run("ffmpeg", "-v", "error",
            "-f", "lavfi", "-i", $"testsrc2=size=640x360:rate=24:duration={Seconds}",
            "-f", "lavfi", "-i", $"sine=frequency=440:duration={Seconds}",
            "-filter_complex", "[0:v]split=2[a][b];[a]scale=640:360[v0];[b]scale=320:180[v1]",
            "-map", "[v0]", "-map", "[v1]", "-map", "1:a", "-map", "1:a",
            "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-force_key_frames", "expr:gte(t,n_forced*2)", "-c:a", "aac",
            "-f", "hls", "-hls_time", "2", "-hls_playlist_type", "vod", "-hls_segment_type", segmentType == "ts" ? "mpegts" : "fmp4",
            "-hls_segment_filename", Path.Combine(folder, "%v", $"seg_%d.{extension}"), "-hls_fmp4_init_filename", "init.mp4",
            "-master_pl_name", "master.m3u8", "-var_stream_map", "v:0,a:0,name:high v:1,a:1,name:low", Path.Combine(folder, "%v", "index.m3u8"));
        return folder;
    }
}
