using AiVideo.Generation.Application.Abstractions;
using AiVideo.Generation.Application.Providers;
using SkiaSharp;
using static AiVideo.Generation.FunctionalTests.CloudProviders.ProviderAnswer;

namespace AiVideo.Generation.FunctionalTests.CloudProviders;

/// <summary>Replicate's predictions API played by WireMock.Net, and the adapters configured at it as the service configures them.</summary>
public sealed class ReplicateFixture : IDisposable
{
    public const string Token = "r8_replicate-test-token-0123456789";
    public const string ImageVersion = "black-forest-labs/flux-schnell";
    public const string ClipVersion = "wan-video/wan-2.1-i2v-480p:ae5c7e14a1d1c6b2d5a1f8e2c7b3a9d0e4f6a8b1c3d5e7f9a0b2c4d6e8f0a1b2";
    public const string Webhook = "https://studio.example.test/api/webhooks/replicate";

    public ReplicateFixture()
    {
        var settings = new Dictionary<string, string?>();
        foreach (var name in (string[])["replicate", "replicate-custom", "replicate-hurried", "replicate-pictures"])
        {
            var prefix = $"Generation:Providers:{name}";
            settings[$"{prefix}:Type"] = ProviderTypes.Replicate;
            settings[$"{prefix}:BaseUrl"] = Fake.Url("v1/");
            settings[$"{prefix}:ApiKey"] = Token;
            settings[$"{prefix}:PollInterval"] = "00:00:00.050";
            settings[$"{prefix}:MaxPollInterval"] = "00:00:00.200";
            settings[$"{prefix}:Parameters:ImageVersion"] = ImageVersion;
            settings[$"{prefix}:Cost:PerImage"] = "0.003";
            settings[$"{prefix}:Cost:PerVideoSecond"] = "0.1";
            if (name != "replicate-pictures")
            {
                settings[$"{prefix}:Parameters:ClipVersion"] = ClipVersion;
            }
        }
        settings["Generation:Providers:replicate:WebhookUrl"] = Webhook;
        settings["Generation:Providers:replicate-custom:Parameters:ImageInput"] =
            """{"prompt": "{prompt}", "negative_prompt": "{negative_prompt}", "width": "{width}", "height": "{height}", "image": "{image}", "num_inference_steps": 4, "note": "scene {width}x{height}"}""";
        settings["Generation:Providers:replicate-custom:Parameters:ClipInput"] =
            """{"start_image": "{image}", "prompt": "{prompt}", "duration": "{seconds}", "aspect_ratio": "{aspect_ratio}"}""";
        settings["Generation:Providers:replicate-hurried:TaskTimeout"] = "00:00:01";
        Harness = new ProviderHarness(settings);
    }

    public FakeProvider Fake { get; } = new();

    public ProviderHarness Harness { get; }

    public void Dispose()
    {
        Harness.Dispose();
        Fake.Dispose();
    }
}

/// <summary>
/// The Replicate adapters against a fake that speaks Replicate's predictions API: the request (token, model version,
/// the input its template writes, the completion webhook), a prediction polled from <c>starting</c> through
/// <c>processing</c> to its end, the output downloaded and made a scene picture or a clip in the local format, 429s and 5xx
/// answers tried again, failures in our words, an abandoned prediction cancelled, and what was made recorded as usage.
/// </summary>
public sealed class ReplicateTests : IClassFixture<ReplicateFixture>
{
    private readonly FakeProvider _fake;
    private readonly ProviderHarness _harness;

    public ReplicateTests(ReplicateFixture replicate)
    {
        (_fake, _harness) = (replicate.Fake, replicate.Harness);
        _fake.Reset();
    }

    [Fact]
    public async Task A_picture_is_predicted_with_the_model_version_and_the_completion_webhook_polled_to_success_and_fitted_to_the_scene()
    {
        _fake.On("POST", "/v1/predictions", new ProviderAnswer(201, Prediction("p-image", "starting")))
            .On("GET", "/v1/predictions/p-image", Ok(Prediction("p-image", "starting")), Ok(Prediction("p-image", "processing")),
                Ok(Prediction("p-image", "processing")), Ok(Prediction("p-image", "succeeded", output: new[] { _fake.Url("outputs/p-image.png") })))
            .On("GET", "/outputs/p-image.png", File(Service.MediaUploads.Picture(1024, 576), "image/png"));
        using var workspace = _harness.NewWorkspace();
        var recorded = _harness.Calls.All.Count;

        var image = await _harness.AsJobAsync(() => _harness.Port<IImageGenerator>("replicate").GenerateAsync(
            new ImageRequest("A lighthouse at dawn", 640, 360, Style: "cinematic", Mood: "calm"), workspace, null, default));

        var create = _fake.Received("POST", "/v1/predictions").Should().ContainSingle().Subject;
        FakeProvider.Header(create, "Authorization").Should().Be($"Bearer {ReplicateFixture.Token}");
        var body = FakeProvider.Json(create);
        body.GetProperty("version").GetString().Should().Be(ReplicateFixture.ImageVersion);
        body.GetProperty("input").GetRawText().Should().Be(
            """{"prompt":"A lighthouse at dawn Style: cinematic. Mood: calm.","aspect_ratio":"16:9","output_format":"png"}""");
        body.GetProperty("webhook").GetString().Should().Be(ReplicateFixture.Webhook);
        body.GetProperty("webhook_events_filter").EnumerateArray().Select(e => e.GetString()).Should().Equal("completed");
        _fake.Received("GET", "/v1/predictions/p-image").Should().HaveCount(4)
            .And.OnlyContain(r => FakeProvider.Header(r, "Authorization") == $"Bearer {ReplicateFixture.Token}");
        (image.Width, image.Height, image.ContentType).Should().Be((640, 360, "image/png"));
        using var picture = SKBitmap.Decode(image.Path);
        (picture.Width, picture.Height).Should().Be((640, 360), "the model's 1024x576 picture is fitted to the scene's frame");
        MediaTools.Luma(picture).StdDev.Should().BeGreaterThan(10, "it is the model's picture, not a blank");
        var call = _harness.Calls.All.Skip(recorded).Should().ContainSingle().Subject;
        (call.Provider, call.Model, call.Units, call.Unit, call.Cost).Should().Be(("replicate", "black-forest-labs/flux-schnell", 1m, UsageUnits.Images, 0.003m));
    }

    [Fact]
    public async Task A_models_own_inputs_are_written_by_its_template_leaving_out_what_the_request_lacks()
    {
        _fake.On("POST", "/v1/predictions", new ProviderAnswer(201, Prediction("p-custom", "succeeded", output: _fake.Url("outputs/p-custom.png"))))
            .On("GET", "/outputs/p-custom.png", File(Service.MediaUploads.Picture(768, 768), "image/png"));
        using var workspace = _harness.NewWorkspace();

        var image = await _harness.Port<IImageGenerator>("replicate-custom").GenerateAsync(new ImageRequest("A red kite", 640, 360), workspace, null, default);

        var body = FakeProvider.Json(_fake.Received("POST", "/v1/predictions").Should().ContainSingle().Subject);
        body.GetProperty("input").GetRawText().Should().Be("""{"prompt":"A red kite","width":640,"height":360,"num_inference_steps":4,"note":"scene 640x360"}""",
            "numbers stay numbers, and a missing negative prompt or picture leaves its field out");
        body.TryGetProperty("webhook", out _).Should().BeFalse("without a WebhookUrl the prediction is only polled");
        _fake.Received("GET", "/v1/predictions/p-custom").Should().BeEmpty("a prediction that finished at once is not looked at again");
        (image.Width, image.Height).Should().Be((640, 360));
    }

    [Fact]
    public async Task A_clip_is_predicted_from_the_scene_picture_and_delivered_in_the_local_clip_format()
    {
        var scene = ProviderMediaSamples.PictureFile(640, 360);
        _fake.On("POST", "/v1/predictions", new ProviderAnswer(201, Prediction("p-clip", "starting")))
            .On("GET", "/v1/predictions/p-clip", Ok(Prediction("p-clip", "processing")), Ok(Prediction("p-clip", "succeeded", output: _fake.Url("outputs/p-clip.mp4"))))
            .On("GET", "/outputs/p-clip.mp4", File(ProviderMediaSamples.Clip(832, 480, 5, fps: 16), "video/mp4"));
        using var workspace = _harness.NewWorkspace();
        var recorded = _harness.Calls.All.Count;

        var clip = await _harness.AsJobAsync(() => _harness.Port<IClipGenerator>("replicate").GenerateAsync(
            new ClipRequest(scene, 4, 640, 360, "The tide comes in"), workspace, null, default));

        var body = FakeProvider.Json(_fake.Received("POST", "/v1/predictions").Should().ContainSingle().Subject);
        body.GetProperty("version").GetString().Should().Be(ReplicateFixture.ClipVersion);
        var input = body.GetProperty("input");
        input.GetProperty("prompt").GetString().Should().Be("The tide comes in");
        input.GetProperty("image").GetString().Should().Be("data:image/png;base64," + Convert.ToBase64String(await System.IO.File.ReadAllBytesAsync(scene)));
        var probed = MediaTools.Probe(clip.Path);
        (probed.Video.Codec, probed.Video.PixelFormat, probed.Video.AverageFrameRate, probed.Video.Width, probed.Video.Height)
            .Should().Be(("h264", "yuv420p", "30/1", 640, 360));
        probed.Video.DurationSeconds.Should().BeApproximately(4, 0.001);
        probed.Audio.Codec.Should().Be("aac");
        using var seed = SKBitmap.Decode(clip.SeedFramePath);
        using var last = MediaTools.Frame(clip.Path, 3.95);
        MediaTools.MeanDifference(seed, last).Should().BeLessThan(4, "the seed frame is the clip's last frame");
        var call = _harness.Calls.All.Skip(recorded).Should().ContainSingle().Subject;
        (call.Model, call.Unit).Should().Be(("wan-video/wan-2.1-i2v-480p", UsageUnits.VideoSeconds));
        call.Units.Should().BeApproximately(5m, 0.1m, "the model made 5 s");
        call.Cost.Should().BeApproximately(0.5m, 0.01m);
    }

    [Fact]
    public async Task A_picture_too_large_for_a_data_uri_is_sent_as_a_jpeg_that_fits()
    {
        var noisy = ProviderMediaSamples.NewFile("noisy.png");
        MediaTools.Run("ffmpeg", "-v", "error", "-f", "lavfi", "-i", "nullsrc=size=1600x900,geq=random(1)*255:random(2)*255:random(3)*255", "-frames:v", "1", noisy);
        new FileInfo(noisy).Length.Should().BeGreaterThan(1024 * 1024, "the test needs a picture over Replicate's 1 MB");
        _fake.On("POST", "/v1/predictions", new ProviderAnswer(201, Prediction("p-large", "succeeded", output: new[] { _fake.Url("outputs/p-large.mp4") })))
            .On("GET", "/outputs/p-large.mp4", File(ProviderMediaSamples.Clip(640, 360, 3), "video/mp4"));
        using var workspace = _harness.NewWorkspace();

        await _harness.Port<IClipGenerator>("replicate-custom").GenerateAsync(new ClipRequest(noisy, 2.5, 640, 360), workspace, null, default);

        var input = FakeProvider.Json(_fake.Received("POST", "/v1/predictions").Should().ContainSingle().Subject).GetProperty("input");
        input.GetProperty("duration").GetInt32().Should().Be(3, "{seconds} is the scene's length in whole seconds, rounded up");
        input.GetProperty("aspect_ratio").GetString().Should().Be("16:9");
        input.GetProperty("prompt").GetString().Should().NotBeNullOrWhiteSpace();
        var image = input.GetProperty("start_image").GetString()!;
        image.Should().StartWith("data:image/jpeg;base64,");
        image.Length.Should().BeLessThanOrEqualTo(1024 * 1024);
        using var sent = SKBitmap.Decode(Convert.FromBase64String(image["data:image/jpeg;base64,".Length..]));
        ((double)sent.Width / sent.Height).Should().BeApproximately(16.0 / 9, 0.01, "the picture keeps its shape");
    }

    [Fact]
    public async Task A_429_with_Retry_After_and_a_5xx_are_tried_again_until_replicate_answers()
    {
        _fake.On("POST", "/v1/predictions", Error(429, new { title = "Request was throttled.", detail = "Request was throttled. Expected available in 1 second.", status = 429 },
                retryAfter: "1"), new ProviderAnswer(201, Prediction("p-busy", "starting")))
            .On("GET", "/v1/predictions/p-busy", Error(503, new { detail = "Service unavailable" }), Ok(Prediction("p-busy", "succeeded", output: new[] { _fake.Url("outputs/p-busy.png") })))
            .On("GET", "/outputs/p-busy.png", File(Service.MediaUploads.Picture(512, 512), "image/png"));
        using var workspace = _harness.NewWorkspace();

        var image = await _harness.Port<IImageGenerator>("replicate").GenerateAsync(new ImageRequest("A windmill", 320, 320), workspace, null, default);

        var creates = _fake.Received("POST", "/v1/predictions");
        creates.Should().HaveCount(2, "the throttled create was sent again, once");
        (creates[1].DateTime - creates[0].DateTime).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(0.9), "Retry-After: 1 was honoured");
        _fake.Received("GET", "/v1/predictions/p-busy").Should().HaveCount(2);
        (image.Width, image.Height).Should().Be((320, 320));
    }

    [Theory]
    [InlineData("failed", "NSFW content detected. Try running it again, or try a different prompt.", MediaErrorCodes.ContentPolicy, false)]
    [InlineData("failed", "The input or output was flagged as sensitive. Please try again with different inputs. (E005)", MediaErrorCodes.ContentPolicy, false)]
    [InlineData("failed", "CUDA out of memory. Tried to allocate 2.00 GiB (E1001)", MediaErrorCodes.ProviderFailed, false)]
    [InlineData("failed", "Prediction interrupted; please retry (code: PA)", MediaErrorCodes.ProviderFailed, true)]
    [InlineData("canceled", null, MediaErrorCodes.ProviderFailed, false)]
    public async Task A_prediction_that_did_not_succeed_is_our_failure(string status, string? error, string code, bool retryable)
    {
        _fake.On("POST", "/v1/predictions", new ProviderAnswer(201, Prediction("p-bad", "starting")))
            .On("GET", "/v1/predictions/p-bad", Ok(Prediction("p-bad", "processing")), Ok(Prediction("p-bad", status, error: error)));
        using var workspace = _harness.NewWorkspace();
        var recorded = _harness.Calls.All.Count;

        var failure = (await FluentActions.Awaiting(() => _harness.AsJobAsync(() => _harness.Port<IImageGenerator>("replicate")
            .GenerateAsync(new ImageRequest("A storm at sea", 320, 180), workspace, null, default))).Should().ThrowAsync<MediaProcessingException>()).Which;

        (failure.Code, failure.Retryable).Should().Be((code, retryable));
        if (error is not null)
        {
            failure.Message.Should().Contain(error[..20]);
        }
        _harness.Calls.All.Skip(recorded).Should().BeEmpty("nothing was made");
    }

    [Fact]
    public async Task A_prediction_still_running_after_the_task_timeout_fails_as_timed_out_and_is_cancelled_at_replicate()
    {
        _fake.On("POST", "/v1/predictions", new ProviderAnswer(201, Prediction("p-slow", "starting")))
            .On("GET", "/v1/predictions/p-slow", Ok(Prediction("p-slow", "processing")))
            .On("POST", "/v1/predictions/p-slow/cancel", Ok(Prediction("p-slow", "canceled")));
        using var workspace = _harness.NewWorkspace();

        var failure = (await FluentActions.Awaiting(() => _harness.Port<IImageGenerator>("replicate-hurried")
            .GenerateAsync(new ImageRequest("A slow sunset", 320, 180), workspace, null, default)).Should().ThrowAsync<MediaProcessingException>()).Which;

        (failure.Code, failure.Retryable).Should().Be((MediaErrorCodes.TimedOut, true));
        var cancel = _fake.Received("POST", "/v1/predictions/p-slow/cancel").Should().ContainSingle("the prediction nobody waits for is cancelled").Subject;
        FakeProvider.Header(cancel, "Authorization").Should().Be($"Bearer {ReplicateFixture.Token}");
    }

    [Fact]
    public void A_port_is_served_only_when_its_model_version_is_configured()
    {
        var providers = _harness.Get<IMediaProviders>();
        providers.Serves("replicate-pictures", typeof(IImageGenerator)).Should().BeTrue();
        providers.Serves("replicate-pictures", typeof(IClipGenerator)).Should().BeFalse("no ClipVersion is configured");
        providers.Serves("replicate", typeof(IClipGenerator)).Should().BeTrue();
    }

    private static object Prediction(string id, string status, object? output = null, string? error = null) => new
    {
        id,
        model = "black-forest-labs/flux-schnell",
        version = "dp-4d0bcc010b3049749a251855f12800be",
        input = new { prompt = "…" },
        logs = "",
        output,
        error,
        status,
        created_at = "2026-12-03T09:00:00.000Z",
        urls = new { get = $"https://api.replicate.com/v1/predictions/{id}", cancel = $"https://api.replicate.com/v1/predictions/{id}/cancel" },
    };
}
