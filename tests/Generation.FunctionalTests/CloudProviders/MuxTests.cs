using AiVideo.Generation.Application.Providers;
using AiVideo.Generation.FunctionalTests.Service;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace AiVideo.Generation.FunctionalTests.CloudProviders;

/// <summary>
/// The Mux transcoder against a fake of Mux's API speaking its documented protocol: the direct upload created with a
/// public playback policy (HTTP Basic with the token's id and secret), the original PUT to the upload URL, the upload and
/// then the asset looked at through their states, the playback id's HLS (a real ladder made by ffmpeg, served with
/// absolute URLs as Mux's CDN does) copied with every URI made local and checked with ffprobe, the thumbnail, the
/// seconds recorded, the asset deleted; failures in our words.
/// </summary>
public sealed class MuxTests : IDisposable
{
    private const string TokenId = "mux-token-id-0123";
    private const string TokenSecret = "mux-token-secret-abcdef";
    private const string UploadId = "upload_OA02dANZ";
    private const string AssetId = "asset_01pDUL8";
    private const string PlaybackId = "playback_TWq1kC";
    private readonly FakeProvider _mux = new();

    public void Dispose() => _mux.Dispose();

    private ProviderHarness Harness(params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Generation:Providers:mux:Type"] = "mux",
            ["Generation:Providers:mux:BaseUrl"] = _mux.Address.ToString(),
            ["Generation:Providers:mux:ApiKey"] = $"{TokenId}:{TokenSecret}",
            ["Generation:Providers:mux:Parameters:StreamBaseUrl"] = new Uri(_mux.Address, "stream/").ToString(),
            ["Generation:Providers:mux:Parameters:ImageBaseUrl"] = new Uri(_mux.Address, "image/").ToString(),
            ["Generation:Providers:mux:Timeout"] = "00:00:05",
            ["Generation:Providers:mux:PollInterval"] = "00:00:00.050",
            ["Generation:Providers:mux:MaxPollInterval"] = "00:00:00.200",
            ["Generation:Providers:mux:TaskTimeout"] = "00:01:00",
            ["Generation:Providers:mux:Cost:PerVideoSecond"] = "0.002",
        };
        foreach (var (key, value) in extra)
        {
            settings[$"Generation:Providers:mux:{key}"] = value;
        }
        return new ProviderHarness(settings);
    }

    private async Task<string> OriginalAsync(MediaWorkspace workspace)
    {
        var path = workspace.NewFile("original", ".mp4");
        await File.WriteAllBytesAsync(path, MediaUploads.Video(640, 360, 2));
        return path;
    }

    private void AnswerUploads(params (int Status, string? RetryAfter)[] failuresFirst)
    {
        for (var i = 0; i < failuresFirst.Length; i++)
        {
            var (status, retryAfter) = failuresFirst[i];
            var failure = Response.Create().WithStatusCode(status).WithBodyAsJson(new { error = new { type = "unavailable", messages = new[] { $"Failed with {status}" } } });
            if (retryAfter is not null)
            {
                failure = failure.WithHeader("Retry-After", retryAfter);
            }
            var given = _mux.Server.Given(Request.Create().WithPath("/video/v1/uploads").UsingPost()).InScenario("create");
            given = i == 0 ? given : given.WhenStateIs($"{i}");
            given.WillSetStateTo($"{i + 1}").RespondWith(failure);
        }
        var created = _mux.Server.Given(Request.Create().WithPath("/video/v1/uploads").UsingPost());
        created = failuresFirst.Length == 0 ? created : created.InScenario("create").WhenStateIs($"{failuresFirst.Length}");
        created.RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new
        {
            data = new
            {
                id = UploadId, url = new Uri(_mux.Address, "upload-bucket/put-here?signature=abc").ToString(), timeout = 3600, status = "waiting",
                new_asset_settings = new { playback_policies = new[] { "public" } }, cors_origin = "*",
            },
        }));
        _mux.Server.Given(Request.Create().WithPath("/upload-bucket/put-here").UsingPut()).RespondWith(Response.Create().WithStatusCode(200));
        _mux.Server.Given(Request.Create().WithPath($"/video/v1/uploads/{UploadId}").UsingGet()).InScenario("upload").WillSetStateTo("arrived")
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { data = new { id = UploadId, status = "waiting" } }));
        _mux.Server.Given(Request.Create().WithPath($"/video/v1/uploads/{UploadId}").UsingGet()).InScenario("upload").WhenStateIs("arrived")
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { data = new { id = UploadId, status = "asset_created", asset_id = AssetId } }));
        _mux.Server.Given(Request.Create().WithPath($"/video/v1/assets/{AssetId}").UsingDelete()).RespondWith(Response.Create().WithStatusCode(204));
    }

    private void AnswerAsset(params object[] states)
    {
        for (var i = 0; i < states.Length; i++)
        {
            var given = _mux.Server.Given(Request.Create().WithPath($"/video/v1/assets/{AssetId}").UsingGet());
            if (states.Length > 1)
            {
                given = given.InScenario("asset");
                given = i == 0 ? given : given.WhenStateIs($"{i}");
                given = given.WillSetStateTo($"{Math.Min(i + 1, states.Length - 1)}");
            }
            given.RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { data = states[i] }));
        }
    }

    private static object Preparing => new { id = AssetId, status = "preparing", playback_ids = new[] { new { id = PlaybackId, policy = "public" } } };

    private static object Ready => new
    {
        id = AssetId, status = "ready", duration = 2.002, max_stored_resolution = "SD", aspect_ratio = "16:9",
        playback_ids = new[] { new { id = "signed_only", policy = "signed" }, new { id = PlaybackId, policy = "public" } },
    };

    private void ServeLadder() =>
        HlsLadderSample.Serve(_mux, "ts", $"/stream/{PlaybackId}.m3u8", $"/cdn/{PlaybackId}", absolute: true);

    private void ServeThumbnail() =>
        _mux.Server.Given(Request.Create().WithPath($"/image/{PlaybackId}/thumbnail.jpg").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "image/jpeg").WithBody(HlsLadderSample.Thumbnail));

    [Fact]
    public async Task An_upload_goes_to_Mux_and_its_ready_asset_is_copied_as_a_local_hls_ladder()
    {
        using var harness = Harness();
        AnswerUploads();
        AnswerAsset(Preparing, Preparing, Ready);
        ServeLadder();
        ServeThumbnail();
        using var workspace = harness.NewWorkspace();
        var original = await OriginalAsync(workspace);
        var reports = new List<MediaProgress>();
        var progress = new SynchronousProgress(reports.Add);

        var video = await harness.AsJobAsync(() => harness.Port<IVideoTranscoder>("mux").TranscodeAsync(new TranscodeRequest(original), workspace, progress,
            CancellationToken.None));

        var create = _mux.Requests("/video/v1/uploads").Should().ContainSingle().Subject.RequestMessage;
        create.Headers!["Authorization"].Single().Should().Be("Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{TokenId}:{TokenSecret}")));
        using (var body = JsonDocument.Parse(create.Body!))
        {
            body.RootElement.GetProperty("new_asset_settings").GetProperty("playback_policy").EnumerateArray().Select(p => p.GetString()).Should().Equal("public");
        }
        var put = _mux.Requests("/upload-bucket/put-here").Should().ContainSingle().Subject.RequestMessage;
        put.BodyAsBytes.Should().Equal(await File.ReadAllBytesAsync(original), "the original is sent whole to the upload URL");
        put.Headers!.ContainsKey("Authorization").Should().BeFalse("the signed upload URL is not given Mux's credentials");
        _mux.Requests($"/video/v1/uploads/{UploadId}").Should().HaveCount(2, "the upload was looked at until it named its asset");
        _mux.Requests($"/video/v1/assets/{AssetId}").Count(r => r.RequestMessage.Method == "GET").Should().Be(3, "the asset was looked at through preparing to ready");
        _mux.Requests($"/video/v1/assets/{AssetId}").Should().Contain(r => r.RequestMessage.Method == "DELETE", "the asset is deleted at Mux once copied");

        (video.Source.Video!.Width, video.Source.Video.Height).Should().Be((640, 360), "the source's facts come from the local probe");
        video.Variants.Select(v => (v.Name, v.Width, v.Height)).Should().Equal(("360p", 640, 360), ("180p", 320, 180));
        StreamingChecks.LocalLadder(video, ".ts");
        File.ReadAllBytes(video.ThumbnailPath).Should().Equal(HlsLadderSample.Thumbnail);
        var call = harness.Calls.All.Should().ContainSingle().Subject;
        (call.Provider, call.Unit, call.Units, call.Cost).Should().Be(("mux", UsageUnits.VideoSeconds, 2.002m, 0.004004m));
        reports.Select(r => r.Percent).Should().BeInAscendingOrder().And.Contain(100);
    }

    [Fact]
    public async Task A_429_with_Retry_After_and_then_a_503_are_retried_until_the_upload_is_created()
    {
        using var harness = Harness();
        AnswerUploads((429, "1"), (503, null));
        AnswerAsset(Ready);
        ServeLadder();
        ServeThumbnail();
        using var workspace = harness.NewWorkspace();
        var original = await OriginalAsync(workspace);

        var video = await harness.AsJobAsync(() => harness.Port<IVideoTranscoder>("mux").TranscodeAsync(new TranscodeRequest(original), workspace, null,
            CancellationToken.None));

        video.Variants.Should().HaveCount(2);
        var attempts = _mux.Requests("/video/v1/uploads");
        attempts.Should().HaveCount(3, "the 429 and the 503 were each tried again");
        (attempts[1].RequestMessage.DateTime - attempts[0].RequestMessage.DateTime).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(0.9), "Retry-After was waited");
        _mux.Requests("/upload-bucket/put-here").Should().ContainSingle("one upload was made, whatever the attempts");
    }

    [Fact]
    public async Task An_asset_Mux_cannot_read_fails_for_good_with_its_reason()
    {
        using var harness = Harness();
        AnswerUploads();
        AnswerAsset(Preparing, new { id = AssetId, status = "errored", errors = new { type = "invalid_input", messages = new[] { "The input file contains no video track." } } });
        using var workspace = harness.NewWorkspace();
        var original = await OriginalAsync(workspace);

        var transcode = () => harness.AsJobAsync(() => harness.Port<IVideoTranscoder>("mux").TranscodeAsync(new TranscodeRequest(original), workspace, null,
            CancellationToken.None));

        var failure = (await transcode.Should().ThrowAsync<MediaProcessingException>()).Which;
        (failure.Code, failure.Retryable).Should().Be((MediaErrorCodes.UnreadableInput, false));
        failure.Message.Should().Contain("mux").And.Contain("no video track").And.NotContain(_mux.Address.Authority).And.NotContain(TokenSecret);
        harness.Calls.All.Should().BeEmpty("nothing was transcoded");
    }

    [Fact]
    public async Task An_asset_refused_under_a_content_policy_is_a_final_content_policy_failure()
    {
        using var harness = Harness();
        AnswerUploads();
        AnswerAsset(new { id = AssetId, status = "errored", errors = new { type = "content_policy", messages = new[] { "The asset violates the content policy." } } });
        using var workspace = harness.NewWorkspace();
        var original = await OriginalAsync(workspace);

        var transcode = () => harness.AsJobAsync(() => harness.Port<IVideoTranscoder>("mux").TranscodeAsync(new TranscodeRequest(original), workspace, null,
            CancellationToken.None));

        var failure = (await transcode.Should().ThrowAsync<MediaProcessingException>()).Which;
        (failure.Code, failure.Retryable).Should().Be((MediaErrorCodes.ContentPolicy, false));
    }

    [Fact]
    public async Task An_asset_that_never_gets_ready_times_out_retryably()
    {
        using var harness = Harness(("TaskTimeout", "00:00:01"));
        AnswerUploads();
        AnswerAsset(Preparing);
        using var workspace = harness.NewWorkspace();
        var original = await OriginalAsync(workspace);

        var transcode = () => harness.AsJobAsync(() => harness.Port<IVideoTranscoder>("mux").TranscodeAsync(new TranscodeRequest(original), workspace, null,
            CancellationToken.None));

        var failure = (await transcode.Should().ThrowAsync<MediaProcessingException>()).Which;
        (failure.Code, failure.Retryable).Should().Be((MediaErrorCodes.TimedOut, true));
        var looks = _mux.Requests($"/video/v1/assets/{AssetId}");
        looks.Count(r => r.RequestMessage.Method == "GET").Should().BeGreaterThan(1, "the asset was polled until the task's time ran out");
        looks.Should().Contain(r => r.RequestMessage.Method == "DELETE", "the abandoned asset is deleted at Mux: a retry uploads again");
    }

    [Fact]
    public async Task A_file_that_is_not_a_video_fails_before_anything_is_sent_to_Mux()
    {
        using var harness = Harness();
        using var workspace = harness.NewWorkspace();
        var original = workspace.NewFile("original", ".mp4");
        await File.WriteAllBytesAsync(original, MediaUploads.Picture(320, 240));

        var transcode = () => harness.AsJobAsync(() => harness.Port<IVideoTranscoder>("mux").TranscodeAsync(new TranscodeRequest(original), workspace, null,
            CancellationToken.None));

        var failure = (await transcode.Should().ThrowAsync<MediaProcessingException>()).Which;
        (failure.Code, failure.Retryable).Should().Be((MediaErrorCodes.UnreadableInput, false));
        _mux.Requests().Should().BeEmpty("nothing is uploaded nor paid for");
    }

    [Fact]
    public void A_Mux_provider_without_its_token_secret_stops_the_service_naming_the_setting()
    {
        var start = () => new ProviderHarness(new Dictionary<string, string?>
        {
            ["Generation:Providers:mux:Type"] = "mux",
            ["Generation:Providers:mux:ApiKey"] = "only-an-id",
        });

        start.Should().Throw<InvalidOperationException>().WithMessage("*Generation:Providers:mux*ApiKey*id:secret*");
    }
}
