using System.Globalization;
using AiVideo.Generation.Application.Providers;
using AiVideo.Generation.FunctionalTests.Service;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace AiVideo.Generation.FunctionalTests.CloudProviders;

/// <summary>
/// The Cloudflare Stream transcoder against a fake of Stream's API speaking its documented protocol: a direct creator
/// upload (Bearer token, the account in the path), the original POSTed as a multipart form's <c>file</c> to its
/// <c>uploadURL</c>, the video looked at through its states until <c>readyToStream</c>, its <c>playback.hls</c> (a real
/// fMP4 ladder made by ffmpeg with relative URIs and init sections) copied and checked with ffprobe, its thumbnail, the
/// seconds recorded, the video deleted; failures in our words, and the copy's limits.
/// </summary>
public sealed class CloudflareStreamTests : IDisposable
{
    private const string Token = "cf-api-token-0123456789";
    private const string Account = "023e105f4ecef8ad9ca31a8372d0c353";
    private const string Uid = "ea95132c15732412d22c1476fa83f27a";
    private readonly FakeProvider _cloudflare = new();

    public void Dispose() => _cloudflare.Dispose();

    private string VideoPath => $"/client/v4/accounts/{Account}/stream/{Uid}";

    private ProviderHarness Harness(params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Generation:Providers:cloudflare:Type"] = "cloudflare-stream",
            ["Generation:Providers:cloudflare:BaseUrl"] = new Uri(_cloudflare.Address, "client/v4/").ToString(),
            ["Generation:Providers:cloudflare:ApiKey"] = Token,
            ["Generation:Providers:cloudflare:Parameters:AccountId"] = Account,
            ["Generation:Providers:cloudflare:Timeout"] = "00:00:05",
            ["Generation:Providers:cloudflare:PollInterval"] = "00:00:00.050",
            ["Generation:Providers:cloudflare:MaxPollInterval"] = "00:00:00.200",
            ["Generation:Providers:cloudflare:TaskTimeout"] = "00:01:00",
            ["Generation:Providers:cloudflare:Cost:PerVideoSecond"] = "0.001",
        };
        foreach (var (key, value) in extra)
        {
            settings[$"Generation:Providers:cloudflare:{key}"] = value;
        }
        return new ProviderHarness(settings);
    }

    private async Task<string> OriginalAsync(MediaWorkspace workspace)
    {
        var path = workspace.NewFile("original", ".mp4");
        await File.WriteAllBytesAsync(path, MediaUploads.Video(640, 360, 2));
        return path;
    }

    private void AnswerUpload()
    {
        _cloudflare.Server.Given(Request.Create().WithPath($"/client/v4/accounts/{Account}/stream/direct_upload").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new
            {
                result = new { uploadURL = new Uri(_cloudflare.Address, $"upload.videodelivery.net/{Uid}").ToString(), uid = Uid },
                success = true, errors = Array.Empty<object>(), messages = Array.Empty<object>(),
            }));
        _cloudflare.Server.Given(Request.Create().WithPath($"/upload.videodelivery.net/{Uid}").UsingPost()).RespondWith(Response.Create().WithStatusCode(200));
        _cloudflare.Server.Given(Request.Create().WithPath(VideoPath).UsingDelete()).RespondWith(Response.Create().WithStatusCode(200));
    }

    private void AnswerVideo(params object[] answers)
    {
        for (var i = 0; i < answers.Length; i++)
        {
            var given = _cloudflare.Server.Given(Request.Create().WithPath(VideoPath).UsingGet());
            if (answers.Length > 1)
            {
                given = given.InScenario("video");
                given = i == 0 ? given : given.WhenStateIs($"{i}");
                given = given.WillSetStateTo($"{Math.Min(i + 1, answers.Length - 1)}");
            }
            var response = answers[i] is int status
                ? Response.Create().WithStatusCode(status).WithBodyAsJson(new { success = false, errors = new[] { new { code = 10000 + status, message = $"Failed with {status}" } } })
                : Response.Create().WithStatusCode(200).WithBodyAsJson(new { result = answers[i], success = true, errors = Array.Empty<object>() });
            given.RespondWith(response);
        }
    }

    private object State(string state, string? percent = null, string? code = null, string? text = null) => new
    {
        uid = Uid, readyToStream = false, status = new { state, pctComplete = percent, errorReasonCode = code ?? "", errorReasonText = text ?? "" },
    };

    private object Ready => new
    {
        uid = Uid, readyToStream = true, status = new { state = "ready", pctComplete = "100.000000", errorReasonCode = "", errorReasonText = "" },
        duration = 2.04, input = new { width = 640, height = 360 },
        thumbnail = new Uri(_cloudflare.Address, $"customer/{Uid}/thumbnails/thumbnail.jpg").ToString(),
        playback = new
        {
            hls = new Uri(_cloudflare.Address, $"customer/{Uid}/manifest/video.m3u8").ToString(),
            dash = new Uri(_cloudflare.Address, $"customer/{Uid}/manifest/video.mpd").ToString(),
        },
    };

    private void ServeLadder(Func<string, string>? changePlaylist = null)
    {
        HlsLadderSample.Serve(_cloudflare, "fmp4", $"/customer/{Uid}/manifest/video.m3u8", $"/customer/{Uid}/manifest", absolute: false, changePlaylist);
        _cloudflare.Server.Given(Request.Create().WithPath($"/customer/{Uid}/thumbnails/thumbnail.jpg").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "image/jpeg").WithBody(HlsLadderSample.Thumbnail));
    }

    private Task<TranscodedVideo> TranscodeAsync(ProviderHarness harness, MediaWorkspace workspace, string original, IProgress<MediaProgress>? progress = null) =>
        harness.AsJobAsync(() => harness.Port<IVideoTranscoder>("cloudflare").TranscodeAsync(new TranscodeRequest(original), workspace, progress, CancellationToken.None));

    [Fact]
    public async Task An_upload_goes_to_Stream_and_its_ready_video_is_copied_as_a_local_hls_ladder()
    {
        using var harness = Harness();
        AnswerUpload();
        AnswerVideo(State("pendingupload"), State("queued"), State("inprogress", "48.5"), Ready);
        ServeLadder();
        using var workspace = harness.NewWorkspace();
        var original = await OriginalAsync(workspace);
        var reports = new List<MediaProgress>();

        var video = await TranscodeAsync(harness, workspace, original, new SynchronousProgress(reports.Add));

        var create = _cloudflare.Requests($"/client/v4/accounts/{Account}/stream/direct_upload").Should().ContainSingle().Subject.RequestMessage;
        create.Headers!["Authorization"].Single().Should().Be($"Bearer {Token}");
        using (var body = JsonDocument.Parse(create.Body!))
        {
            body.RootElement.GetProperty("maxDurationSeconds").GetInt32().Should().BeInRange(2, 4, "the original lasts 2 s");
        }
        var upload = _cloudflare.Requests($"/upload.videodelivery.net/{Uid}").Should().ContainSingle().Subject.RequestMessage;
        upload.Headers!["Content-Type"].Single().Should().StartWith("multipart/form-data");
        upload.Headers.ContainsKey("Authorization").Should().BeFalse("the one-time upload URL is not given the API token");
        var form = System.Text.Encoding.Latin1.GetString(upload.BodyAsBytes!);
        form.Should().Contain("name=file");
        var bytes = await File.ReadAllBytesAsync(original);
        form.Should().Contain(System.Text.Encoding.Latin1.GetString(bytes), "the original is the form's file, whole");
        _cloudflare.Requests(VideoPath).Count(r => r.RequestMessage.Method == "GET").Should().Be(4, "the video was looked at through its states");
        _cloudflare.Requests(VideoPath).Should().Contain(r => r.RequestMessage.Method == "DELETE", "the video is deleted at Stream once copied");

        video.Variants.Select(v => (v.Name, v.Width, v.Height)).Should().Equal(("360p", 640, 360), ("180p", 320, 180));
        StreamingChecks.LocalLadder(video, ".m4s");
        Directory.EnumerateFiles(video.HlsFolder, "init-*.mp4", SearchOption.AllDirectories).Should().HaveCount(2, "each variant's init section was copied");
        File.ReadAllBytes(video.ThumbnailPath).Should().Equal(HlsLadderSample.Thumbnail);
        var call = harness.Calls.All.Should().ContainSingle().Subject;
        (call.Provider, call.Unit, call.Units, call.Cost).Should().Be(("cloudflare", UsageUnits.VideoSeconds, 2.04m, 0.00204m));
        reports.Should().Contain(r => r.Percent > 10 && r.Percent < 70, "Stream's pctComplete is reported");
        reports.Select(r => r.Percent).Should().BeInAscendingOrder().And.Contain(100);
    }

    [Fact]
    public async Task A_video_over_the_basic_upload_limit_is_sent_by_tus_in_chunks()
    {
        using var harness = Harness(("Parameters:TusThresholdBytes", "100000"), ("Parameters:TusChunkBytes", "300000"));
        using var workspace = harness.NewWorkspace();
        var original = await OriginalAsync(workspace);
        var bytes = await File.ReadAllBytesAsync(original);
        const int chunk = 256 * 1024; // 300000 rounded down to a multiple of 256 KiB, as Stream requires
        bytes.Length.Should().BeGreaterThan(chunk, "the sample needs two chunks");
        var location = new Uri(_cloudflare.Address, $"client/v4/accounts/{Account}/stream/{Uid}?tusv2=true");
        _cloudflare.Server.Given(Request.Create().WithPath($"/client/v4/accounts/{Account}/stream").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithHeader("Location", location.ToString()).WithHeader("stream-media-id", Uid).WithHeader("Tus-Resumable", "1.0.0"));
        _cloudflare.Server.Given(Request.Create().WithPath(VideoPath).UsingPatch()).InScenario("tus").WillSetStateTo("second")
            .RespondWith(Response.Create().WithStatusCode(204).WithHeader("Upload-Offset", $"{chunk}").WithHeader("Tus-Resumable", "1.0.0"));
        _cloudflare.Server.Given(Request.Create().WithPath(VideoPath).UsingPatch()).InScenario("tus").WhenStateIs("second")
            .RespondWith(Response.Create().WithStatusCode(204).WithHeader("Upload-Offset", $"{bytes.Length}").WithHeader("Tus-Resumable", "1.0.0"));
        _cloudflare.Server.Given(Request.Create().WithPath(VideoPath).UsingDelete()).RespondWith(Response.Create().WithStatusCode(200));
        AnswerVideo(State("queued"), Ready);
        ServeLadder();

        var video = await TranscodeAsync(harness, workspace, original);

        video.Variants.Should().HaveCount(2);
        _cloudflare.Requests($"/client/v4/accounts/{Account}/stream/direct_upload").Should().BeEmpty("a file over the limit is not sent in one POST");
        var create = _cloudflare.Requests($"/client/v4/accounts/{Account}/stream").Should().ContainSingle().Subject.RequestMessage;
        (FakeHeader(create, "Tus-Resumable"), FakeHeader(create, "Upload-Length"), FakeHeader(create, "Authorization")).Should().Be(("1.0.0", $"{bytes.Length}", $"Bearer {Token}"));
        var metadata = FakeHeader(create, "Upload-Metadata")!.Split(' ');
        metadata[0].Should().Be("maxDurationSeconds");
        int.Parse(System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(metadata[1])), CultureInfo.InvariantCulture).Should().BeInRange(2, 4);
        var patches = _cloudflare.Requests(VideoPath).Select(r => r.RequestMessage).Where(r => r.Method == "PATCH").ToList();
        patches.Select(p => FakeHeader(p, "Upload-Offset")).Should().Equal("0", $"{chunk}");
        patches.Should().OnlyContain(p => FakeHeader(p, "Content-Type") == "application/offset+octet-stream" && FakeHeader(p, "Authorization") == $"Bearer {Token}");
        patches.SelectMany(p => p.BodyAsBytes!).Should().Equal(bytes, "the chunks are the file, in order");
    }

    private static string? FakeHeader(WireMock.IRequestMessage request, string name) =>
        request.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    [Theory]
    [InlineData("ERR_NON_VIDEO", MediaErrorCodes.UnreadableInput, false)]
    [InlineData("ERR_UNKNOWN", MediaErrorCodes.ProviderFailed, true)]
    public async Task A_video_Stream_fails_is_failed_with_its_reason_code(string reason, string code, bool retryable)
    {
        using var harness = Harness();
        AnswerUpload();
        AnswerVideo(State("inprogress", "10"), State("error", code: reason, text: "The video could not be processed."));
        using var workspace = harness.NewWorkspace();
        var original = await OriginalAsync(workspace);

        var transcode = () => TranscodeAsync(harness, workspace, original);

        var failure = (await transcode.Should().ThrowAsync<MediaProcessingException>()).Which;
        (failure.Code, failure.Retryable).Should().Be((code, retryable));
        failure.Message.Should().Contain("cloudflare").And.Contain(reason).And.NotContain(_cloudflare.Address.Authority).And.NotContain(Token);
        harness.Calls.All.Should().BeEmpty();
        _cloudflare.Requests(VideoPath).Should().Contain(r => r.RequestMessage.Method == "DELETE", "the failed video is deleted at Stream");
    }

    [Fact]
    public async Task A_5xx_while_looking_at_the_video_is_retried_and_the_video_still_copied()
    {
        using var harness = Harness();
        AnswerUpload();
        AnswerVideo(State("queued"), 502, 500, Ready);
        ServeLadder();
        using var workspace = harness.NewWorkspace();
        var original = await OriginalAsync(workspace);

        var video = await TranscodeAsync(harness, workspace, original);

        video.Variants.Should().HaveCount(2);
        _cloudflare.Requests(VideoPath).Count(r => r.RequestMessage.Method == "GET").Should().Be(4);
    }

    [Fact]
    public async Task A_refused_token_is_an_operator_problem_not_retried()
    {
        using var harness = Harness();
        _cloudflare.Server.Given(Request.Create().WithPath($"/client/v4/accounts/{Account}/stream/direct_upload").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(401).WithBodyAsJson(new { success = false, errors = new[] { new { code = 10000, message = "Authentication error" } } }));
        using var workspace = harness.NewWorkspace();
        var original = await OriginalAsync(workspace);

        var transcode = () => TranscodeAsync(harness, workspace, original);

        var failure = (await transcode.Should().ThrowAsync<MediaProcessingException>()).Which;
        (failure.Code, failure.Retryable).Should().Be((MediaErrorCodes.ProviderUnauthorized, false));
        _cloudflare.Requests().Should().ContainSingle();
    }

    [Fact]
    public async Task Alternative_audio_renditions_are_copied_and_i_frame_playlists_left_out()
    {
        using var harness = Harness();
        AnswerUpload();
        AnswerVideo(Ready);
        ServeLadder(playlist => playlist.Contains("#EXT-X-STREAM-INF", StringComparison.Ordinal)
            ? playlist.Replace("#EXT-X-VERSION:7\n", "#EXT-X-VERSION:7\n#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID=\"audio\",NAME=\"original\",DEFAULT=YES,URI=\"low/index.m3u8\"\n"
                + "#EXT-X-I-FRAME-STREAM-INF:BANDWIDTH=10000,RESOLUTION=640x360,URI=\"high/iframes.m3u8\"\n", StringComparison.Ordinal)
            : playlist);
        using var workspace = harness.NewWorkspace();
        var original = await OriginalAsync(workspace);

        var video = await TranscodeAsync(harness, workspace, original);

        var master = await File.ReadAllTextAsync(video.MasterPlaylistPath);
        master.Should().Contain("#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID=\"audio\",NAME=\"original\",DEFAULT=YES,URI=\"audio-1/index.m3u8\"");
        master.Should().NotContain("I-FRAME", "an I-frame playlist is not copied (nor named)");
        master.Should().NotContain("http");
        var rendition = Path.Combine(video.HlsFolder, "audio-1");
        Directory.EnumerateFiles(rendition, "segment-*.m4s").Should().HaveCount(3);
        MediaTools.Probe(Path.Combine(rendition, "index.m3u8")).Streams.Should().Contain(s => s.Type == "audio" && s.Codec == "aac");
        _cloudflare.Server.LogEntries.Should().NotContain(e => e.RequestMessage.Path.EndsWith("iframes.m3u8"));
        video.Variants.Select(v => v.Name).Should().Equal("360p", "180p");
    }

    [Fact]
    public async Task A_ladder_larger_than_the_download_limit_is_refused()
    {
        using var harness = Harness(("MaxDownloadBytes", "20000"));
        AnswerUpload();
        AnswerVideo(Ready);
        ServeLadder();
        using var workspace = harness.NewWorkspace();
        var original = await OriginalAsync(workspace);

        var transcode = () => TranscodeAsync(harness, workspace, original);

        var failure = (await transcode.Should().ThrowAsync<MediaProcessingException>()).Which;
        (failure.Code, failure.Retryable).Should().Be((MediaErrorCodes.OutputRefused, false));
    }

    [Fact]
    public async Task An_encrypted_ladder_is_refused_as_it_cannot_be_played_from_a_copy()
    {
        using var harness = Harness();
        AnswerUpload();
        AnswerVideo(Ready);
        ServeLadder(playlist => playlist.Replace("#EXT-X-MAP", "#EXT-X-KEY:METHOD=AES-128,URI=\"https://keys.example/k\"\n#EXT-X-MAP", StringComparison.Ordinal));
        using var workspace = harness.NewWorkspace();
        var original = await OriginalAsync(workspace);

        var transcode = () => TranscodeAsync(harness, workspace, original);

        var failure = (await transcode.Should().ThrowAsync<MediaProcessingException>()).Which;
        (failure.Code, failure.Retryable).Should().Be((MediaErrorCodes.ProviderFailed, false));
        failure.Message.Should().Contain("encrypted");
        _cloudflare.Server.LogEntries.Should().NotContain(e => e.RequestMessage.Path.EndsWith(".m4s"), "nothing of an encrypted ladder is downloaded");
    }

    [Fact]
    public async Task A_ladder_of_byte_ranges_is_refused_for_good_as_asking_again_gives_the_same_ladder()
    {
        using var harness = Harness();
        AnswerUpload();
        AnswerVideo(Ready);
        ServeLadder(playlist => playlist.Replace("#EXT-X-MAP", "#EXT-X-BYTERANGE:1000@0\n#EXT-X-MAP", StringComparison.Ordinal));
        using var workspace = harness.NewWorkspace();
        var original = await OriginalAsync(workspace);

        var transcode = () => TranscodeAsync(harness, workspace, original);

        var failure = (await transcode.Should().ThrowAsync<MediaProcessingException>()).Which;
        (failure.Code, failure.Retryable).Should().Be((MediaErrorCodes.ProviderFailed, false));
        failure.Message.Should().Contain("byte ranges");
    }

    [Fact]
    public void A_Stream_provider_without_its_account_stops_the_service_naming_the_setting()
    {
        var start = () => new ProviderHarness(new Dictionary<string, string?>
        {
            ["Generation:Providers:cloudflare:Type"] = "cloudflare-stream",
            ["Generation:Providers:cloudflare:ApiKey"] = Token,
        });

        start.Should().Throw<InvalidOperationException>().WithMessage("*Generation:Providers:cloudflare:Parameters:AccountId*");
    }
}
