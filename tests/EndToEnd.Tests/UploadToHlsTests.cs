namespace AiVideo.EndToEnd.Tests;

/// <summary>
/// A customer's own video, as a phone app uploads it: straight to storage through a presigned URL, processed by
/// generation into an HLS ladder while media reports it <c>processing</c>, then <c>available</c> with a signed playlist
/// a player reads (master, variant, segments) without any other credential; the customer's endpoint hears
/// <c>upload.processed</c>, signed.
/// </summary>
[Collection(nameof(SystemCollection))]
public sealed class UploadToHlsTests(SystemFixture system) : IDisposable
{
    private const double Seconds = 3;

    private readonly SampleMedia _media = new();

    private GatewayClient Api => system.Api;

    public void Dispose() => _media.Dispose();

    [Fact]
    public async Task An_upload_through_a_presigned_url_is_processed_to_hls_that_plays_through_signed_links_and_announced_signed()
    {
        var admin = await Api.RegisterAsync("Upload Studio");
        var hooks = await WebhookSubscription.CreateAsync(Api, system.Webhooks, admin, "upload.processed");

        var uploaded = await Api.UploadAsync(admin, await _media.VideoAsync(Seconds), "holiday.mp4", "video/mp4", "video-upload");

        uploaded.GetProperty("status").GetString().Should().Be("processing", "an uploaded video is processed before it plays");
        var fileId = uploaded.GetProperty("id").GetGuid();
        var file = await Eventually.Until(() => Api.GetJsonAsync($"/api/files/{fileId}", admin.Session),
            f => f.GetProperty("status").GetString() != "processing", "generation processed the upload", TimeSpan.FromMinutes(3), Studio.PollInterval);
        file.GetProperty("status").GetString().Should().Be("available", file.ToString());
        var master = new Uri(file.GetProperty("playback").GetProperty("hls").GetString()!);
        master.Query.Should().Contain("signature", "the playlist link is signed");

        using var anonymous = new HttpClient();
        using var masterResponse = await anonymous.GetAsync(master);
        masterResponse.StatusCode.Should().Be(HttpStatusCode.OK);
        masterResponse.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.apple.mpegurl");
        var masterText = await masterResponse.Content.ReadAsStringAsync();
        masterText.Should().StartWith("#EXTM3U");
        var variant = new Uri(master, Uris(masterText).First());
        var segment = new Uri(variant, Uris(await anonymous.GetStringAsync(variant)).First());
        var segmentPath = _media.PathOf("segment.ts");
        await File.WriteAllBytesAsync(segmentPath, await anonymous.GetByteArrayAsync(segment));

        var stream = await ProbedMedia.OfAsync(master.ToString());
        stream.Streams.Should().Contain(s => s.Type == "video" && s.Codec == "h264");
        stream.Streams.Should().Contain(s => s.Type == "audio" && s.Codec == "aac");
        stream.DurationSeconds.Should().BeApproximately(Seconds, 0.5, "the stream plays the whole upload");
        var piece = await ProbedMedia.OfAsync(segmentPath);
        piece.Video.Codec.Should().Be("h264");
        piece.Video.Height.Should().BeGreaterThan(0);
        (await anonymous.GetAsync(new Uri(master.GetLeftPart(UriPartial.Path)))).StatusCode.Should().NotBe(HttpStatusCode.OK, "without its signature the playlist is refused");

        var processed = (await hooks.WaitForAsync("upload.processed", 1, TimeSpan.FromMinutes(1))).Single();
        processed.Verified.Should().BeTrue();
        processed.Data.GetProperty("fileId").GetGuid().Should().Be(fileId);
        processed.Data.GetProperty("kind").GetString().Should().Be("upload");
        processed.Data.GetProperty("playback").GetProperty("hlsPlaylistKey").GetString().Should().EndWith("master.m3u8");
        hooks.Received.Should().ContainSingle("one upload, one message");
    }

    /// <summary>The URIs a playlist names (its lines that are not tags or comments).</summary>
    private static IEnumerable<string> Uris(string playlist) =>
        playlist.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(line => !line.StartsWith('#'));
}
