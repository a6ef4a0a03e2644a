using AiVideo.Generation.Application.Providers;
using SkiaSharp;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace AiVideo.Generation.FunctionalTests.CloudProviders;

/// <summary>
/// The OpenAI-compatible adapter against a fake of OpenAI's API speaking its documented protocol: what each port sends
/// (paths, headers, bodies), what it makes of the answers (real media checked with ffprobe and by its pixels and
/// samples), how it polls a video through its states, and how failures come out: 429 with Retry-After and 5xx retried,
/// a content-policy refusal final, a long Retry-After handed to the job, a quota refusal, a timeout, an open circuit.
/// </summary>
public sealed class OpenAiProviderTests : IDisposable
{
    private const string Key = "sk-test-0123456789abcdef";
    private readonly FakeProvider _openAi = new();

    public void Dispose() => _openAi.Dispose();

    private ProviderHarness Harness(params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Generation:Providers:openai:Type"] = "openai",
            ["Generation:Providers:openai:BaseUrl"] = new Uri(_openAi.Address, "v1/").ToString(),
            ["Generation:Providers:openai:ApiKey"] = Key,
            ["Generation:Providers:openai:Timeout"] = "00:00:05",
            ["Generation:Providers:openai:PollInterval"] = "00:00:00.050",
            ["Generation:Providers:openai:MaxPollInterval"] = "00:00:00.200",
            ["Generation:Providers:openai:TaskTimeout"] = "00:01:00",
            ["Generation:Providers:openai:Cost:PerImage"] = "0.04",
            ["Generation:Providers:openai:Cost:PerVideoSecond"] = "0.10",
            ["Generation:Providers:openai:Cost:PerThousandCharacters"] = "0.015",
            ["Generation:Providers:openai:Cost:PerThousandTokens"] = "0.002",
        };
        foreach (var (key, value) in extra)
        {
            settings[$"Generation:Providers:openai:{key}"] = value;
        }
        return new ProviderHarness(settings);
    }

    [Fact]
    public async Task A_storyboard_is_asked_for_with_a_json_schema_and_its_scenes_last_the_target()
    {
        using var harness = Harness(("ChatModel", "gpt-test-mini"));
        var answer = new
        {
            title = "Lisbon at dawn",
            overview = "A bakery opens as the city wakes.",
            scenes = Enumerable.Range(1, 3).Select(i => new
            {
                title = $"Scene {i}", summary = $"What happens in scene {i}.", narration = $"Narration of scene {i}.",
                imagePrompt = $"A bakery at dawn, shot {i}", negativePrompt = "text, watermark",
            }),
        };
        _openAi.Server.Given(Request.Create().WithPath("/v1/chat/completions").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(ChatCompletion(JsonSerializer.Serialize(answer), 420)));

        var storyboard = await harness.AsJobAsync(() => harness.Port<IStoryWriter>("openai").WriteAsync(
            new StoryRequest("A bakery at dawn in Lisbon", 20, 3, "9:16", "cinematic", "warm"), null, CancellationToken.None));

        storyboard.Title.Should().Be("Lisbon at dawn");
        storyboard.Scenes.Select(s => s.ImagePrompt).Should().Equal("A bakery at dawn, shot 1", "A bakery at dawn, shot 2", "A bakery at dawn, shot 3");
        storyboard.TotalSeconds.Should().BeApproximately(20, 0.001, "the scenes' lengths are split from the target, not left to the model");
        var sent = _openAi.Requests("/v1/chat/completions").Should().ContainSingle().Subject.RequestMessage;
        sent.Headers!["Authorization"].Should().ContainSingle().Which.Should().Be($"Bearer {Key}");
        using var body = JsonDocument.Parse(sent.Body!);
        body.RootElement.GetProperty("model").GetString().Should().Be("gpt-test-mini");
        var format = body.RootElement.GetProperty("response_format");
        format.GetProperty("type").GetString().Should().Be("json_schema");
        format.GetProperty("json_schema").GetProperty("schema").GetProperty("properties").TryGetProperty("scenes", out _).Should().BeTrue();
        var messages = body.RootElement.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("content").ToString()).ToList();
        messages.Should().Contain(m => m.Contains("A bakery at dawn in Lisbon") && m.Contains("Scenes: 3") && m.Contains("9:16"));
        var call = harness.Calls.All.Should().ContainSingle().Subject;
        (call.Provider, call.Model, call.Unit, call.Units, call.CompanyId).Should().Be(("openai", "gpt-test-mini", UsageUnits.Tokens, 420m, harness.Job.CompanyId));
        call.Cost.Should().Be(0.00084m);
    }

    [Fact]
    public async Task A_storyboard_with_fewer_scenes_than_asked_is_a_retryable_provider_failure()
    {
        using var harness = Harness();
        var answer = new { title = "t", overview = "o", scenes = new[] { new { title = "a", summary = "b", narration = "c", imagePrompt = "d", negativePrompt = "e" } } };
        _openAi.Server.Given(Request.Create().WithPath("/v1/chat/completions").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(ChatCompletion(JsonSerializer.Serialize(answer), 10)));

        var write = () => harness.AsJobAsync(() => harness.Port<IStoryWriter>("openai").WriteAsync(new StoryRequest("Prompt", 10, 3, "16:9"), null, CancellationToken.None));

        var failure = (await write.Should().ThrowAsync<MediaProcessingException>()).Which;
        (failure.Code, failure.Retryable).Should().Be((MediaErrorCodes.ProviderFailed, true));
    }

    [Fact]
    public async Task A_scene_picture_is_generated_in_the_closest_size_and_cropped_to_the_scene_frame()
    {
        using var harness = Harness(("ImageModel", "gpt-image-test"));
        _openAi.Server.Given(Request.Create().WithPath("/v1/images/generations").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { created = 1, data = new[] { new { b64_json = Convert.ToBase64String(ProviderMediaSamples.Png) } } }));
        using var workspace = harness.NewWorkspace();

        var image = await harness.AsJobAsync(() => harness.Port<IImageGenerator>("openai").GenerateAsync(
            new ImageRequest("A lighthouse at dusk", 1280, 720, NegativePrompt: "people", Style: "watercolour"), workspace, null, CancellationToken.None));

        (image.Width, image.Height, image.ContentType).Should().Be((1280, 720, "image/png"));
        var probed = MediaTools.Probe(image.Path);
        (probed.Video.Codec, probed.Video.Width, probed.Video.Height).Should().Be(("png", 1280, 720));
        MediaTools.Luma(SKBitmap.Decode(image.Path)).StdDev.Should().BeGreaterThan(20, "the provider's picture came through, not a blank frame");
        using var body = JsonDocument.Parse(_openAi.Requests("/v1/images/generations").Single().RequestMessage.Body!);
        body.RootElement.GetProperty("size").GetString().Should().Be("1536x1024", "it is gpt-image-1's size closest to 16:9");
        body.RootElement.GetProperty("model").GetString().Should().Be("gpt-image-test");
        body.RootElement.GetProperty("prompt").GetString().Should().Contain("A lighthouse at dusk").And.Contain("watercolour").And.Contain("Avoid: people");
        var call = harness.Calls.All.Should().ContainSingle().Subject;
        (call.Unit, call.Units, call.Cost).Should().Be((UsageUnits.Images, 1m, 0.04m));
    }

    [Fact]
    public async Task A_picture_with_a_reference_is_an_edit_sending_the_reference_as_a_file()
    {
        using var harness = Harness();
        _openAi.Server.Given(Request.Create().WithPath("/v1/images/edits").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { data = new[] { new { b64_json = Convert.ToBase64String(ProviderMediaSamples.Png) } } }));
        using var workspace = harness.NewWorkspace();
        var reference = workspace.NewFile("reference", ".png");
        await File.WriteAllBytesAsync(reference, ProviderMediaSamples.Png);

        var image = await harness.AsJobAsync(() => harness.Port<IImageGenerator>("openai").GenerateAsync(
            new ImageRequest("The same lighthouse at night", 720, 1280, ReferenceImagePath: reference), workspace, null, CancellationToken.None));

        (image.Width, image.Height).Should().Be((720, 1280));
        var sent = _openAi.Requests("/v1/images/edits").Should().ContainSingle().Subject.RequestMessage;
        sent.Headers!["Content-Type"].Single().Should().StartWith("multipart/form-data");
        var form = System.Text.Encoding.Latin1.GetString(sent.BodyAsBytes!);
        form.Should().Contain("name=image").And.Contain("filename=").And.Contain("The same lighthouse at night").And.Contain("1024x1536");
        form.Should().Contain("\x89PNG", "the reference picture's bytes are sent");
    }

    [Fact]
    public async Task A_429_with_Retry_After_and_then_a_503_are_retried_until_the_answer_comes()
    {
        using var harness = Harness();
        _openAi.Server.Given(Request.Create().WithPath("/v1/images/generations").UsingPost()).InScenario("busy").WillSetStateTo("rate limited")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1")
                .WithBodyAsJson(new { error = new { message = "Rate limit reached", type = "requests", code = "rate_limit_exceeded" } }));
        _openAi.Server.Given(Request.Create().WithPath("/v1/images/generations").UsingPost()).InScenario("busy").WhenStateIs("rate limited").WillSetStateTo("failing")
            .RespondWith(Response.Create().WithStatusCode(503).WithBodyAsJson(new { error = new { message = "The server is overloaded" } }));
        _openAi.Server.Given(Request.Create().WithPath("/v1/images/generations").UsingPost()).InScenario("busy").WhenStateIs("failing")
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { data = new[] { new { b64_json = Convert.ToBase64String(ProviderMediaSamples.Png) } } }));
        using var workspace = harness.NewWorkspace();

        var image = await harness.AsJobAsync(() => harness.Port<IImageGenerator>("openai").GenerateAsync(new ImageRequest("A boat", 640, 640), workspace, null,
            CancellationToken.None));

        (image.Width, image.Height).Should().Be((640, 640));
        var attempts = _openAi.Requests("/v1/images/generations");
        attempts.Should().HaveCount(3, "the 429 and the 503 were each tried again");
        (attempts[1].RequestMessage.DateTime - attempts[0].RequestMessage.DateTime).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(0.9),
            "the retry waited what Retry-After said");
        harness.Calls.All.Should().ContainSingle("one image was made, whatever the attempts");
    }

    [Fact]
    public async Task A_content_policy_refusal_is_final_and_not_retried()
    {
        using var harness = Harness();
        _openAi.Server.Given(Request.Create().WithPath("/v1/images/generations").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(400).WithBodyAsJson(new
            {
                error = new { message = "Your request was rejected as a result of our safety system.", type = "invalid_request_error", code = "content_policy_violation" },
            }));
        using var workspace = harness.NewWorkspace();

        var generate = () => harness.AsJobAsync(() => harness.Port<IImageGenerator>("openai").GenerateAsync(new ImageRequest("Something forbidden", 640, 640),
            workspace, null, CancellationToken.None));

        var failure = (await generate.Should().ThrowAsync<MediaProcessingException>()).Which;
        (failure.Code, failure.Retryable).Should().Be((MediaErrorCodes.ContentPolicy, false));
        failure.Message.Should().Contain("openai").And.Contain("safety system").And.NotContain(_openAi.Address.Authority).And.NotContain(Key);
        _openAi.Requests().Should().ContainSingle("a refusal is not asked again");
        harness.Calls.All.Should().BeEmpty("nothing was made");
    }

    [Fact]
    public async Task A_long_Retry_After_fails_the_call_at_once_and_hands_the_wait_to_the_job()
    {
        using var harness = Harness();
        _openAi.Server.Given(Request.Create().WithPath("/v1/audio/speech").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "120").WithBodyAsJson(new { error = new { message = "Slow down" } }));
        using var workspace = harness.NewWorkspace();

        var speak = () => harness.AsJobAsync(() => harness.Port<ISpeechSynthesizer>("openai").SpeakAsync(new SpeechRequest("Hello there."), workspace, null,
            CancellationToken.None));

        var failure = (await speak.Should().ThrowAsync<MediaProcessingException>()).Which;
        (failure.Code, failure.Retryable, failure.RetryAfter).Should().Be((MediaErrorCodes.RateLimited, true, TimeSpan.FromSeconds(120)));
        _openAi.Requests().Should().ContainSingle("a call does not wait two minutes itself");
    }

    [Fact]
    public async Task A_used_up_quota_is_retryable_later()
    {
        using var harness = Harness(("MaxRetries", "0"));
        _openAi.Server.Given(Request.Create().WithPath("/v1/audio/speech").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(429).WithBodyAsJson(new
            {
                error = new { message = "You exceeded your current quota, please check your plan and billing details.", type = "insufficient_quota", code = "insufficient_quota" },
            }));
        using var workspace = harness.NewWorkspace();

        var speak = () => harness.AsJobAsync(() => harness.Port<ISpeechSynthesizer>("openai").SpeakAsync(new SpeechRequest("Hello there."), workspace, null,
            CancellationToken.None));

        var failure = (await speak.Should().ThrowAsync<MediaProcessingException>()).Which;
        (failure.Code, failure.Retryable).Should().Be((MediaErrorCodes.ProviderQuota, true));
        failure.RetryAfter.Should().BeGreaterThan(TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task A_provider_that_does_not_answer_in_time_fails_the_attempt_retryably()
    {
        using var harness = Harness(("Timeout", "00:00:00.500"), ("MaxRetries", "0"));
        _openAi.Server.Given(Request.Create().WithPath("/v1/images/generations").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithDelay(TimeSpan.FromSeconds(3)).WithBodyAsJson(new { data = Array.Empty<object>() }));
        using var workspace = harness.NewWorkspace();

        var generate = () => harness.AsJobAsync(() => harness.Port<IImageGenerator>("openai").GenerateAsync(new ImageRequest("A boat", 640, 640), workspace, null,
            CancellationToken.None));

        var failure = (await generate.Should().ThrowAsync<MediaProcessingException>()).Which;
        (failure.Code, failure.Retryable).Should().Be((MediaErrorCodes.TimedOut, true));
        failure.Message.Should().Contain("openai");
    }

    [Fact]
    public async Task A_provider_failing_again_and_again_is_held_off_by_its_circuit_breaker()
    {
        using var harness = Harness(("MaxRetries", "0"));
        _openAi.Server.Given(Request.Create().WithPath("/v1/images/generations").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(500).WithBodyAsJson(new { error = new { message = "boom" } }));
        using var workspace = harness.NewWorkspace();
        var generator = harness.Port<IImageGenerator>("openai");

        var failures = new List<MediaProcessingException>();
        for (var i = 0; i < 14; i++)
        {
            try
            {
                await harness.AsJobAsync(() => generator.GenerateAsync(new ImageRequest("A boat", 640, 640), workspace, null, CancellationToken.None));
            }
            catch (MediaProcessingException failure)
            {
                failures.Add(failure);
            }
        }

        failures.Should().HaveCount(14).And.OnlyContain(f => f.Code == MediaErrorCodes.ProviderUnavailable && f.Retryable);
        _openAi.Requests().Count.Should().BeLessThan(14, "once the circuit opened, calls stopped reaching the provider");
        failures.Last().Message.Should().Contain("held off");
        failures.Last().RetryAfter.Should().BePositive();
    }

    [Fact]
    public async Task Speech_is_fitted_to_its_scene_and_its_characters_recorded()
    {
        using var harness = Harness(("SpeechModel", "tts-test"), ("Voice", "nova"));
        _openAi.Server.Given(Request.Create().WithPath("/v1/audio/speech").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "audio/wav").WithBody(ProviderMediaSamples.Speech));
        using var workspace = harness.NewWorkspace();
        const string text = "The harbour wakes up slowly, and the boats go out to sea.";

        var spoken = await harness.AsJobAsync(() => harness.Port<ISpeechSynthesizer>("openai").SpeakAsync(new SpeechRequest(text, 6, "en"), workspace, null,
            CancellationToken.None));

        spoken.DurationSeconds.Should().BeApproximately(6, 0.01);
        MediaTools.Probe(spoken.Path).DurationSeconds.Should().BeApproximately(6, 0.02);
        spoken.SpeechEndSeconds.Should().BeGreaterThan(spoken.SpeechStartSeconds + 2, "the voice is there");
        MediaTools.RmsPerWindow(spoken.Path, 0.5).Take(4).Max().Should().BeGreaterThan(0.02, "the narration is not silent");
        using var body = JsonDocument.Parse(_openAi.Requests("/v1/audio/speech").Single().RequestMessage.Body!);
        (body.RootElement.GetProperty("model").GetString(), body.RootElement.GetProperty("voice").GetString(), body.RootElement.GetProperty("response_format").GetString())
            .Should().Be(("tts-test", "nova", "wav"), "an espeak-ng voice name is not OpenAI's: the configured voice speaks");
        body.RootElement.GetProperty("input").GetString().Should().Be(text);
        var call = harness.Calls.All.Should().ContainSingle().Subject;
        (call.Unit, call.Units).Should().Be((UsageUnits.Characters, text.Length));
    }

    [Fact]
    public async Task Speech_longer_than_its_scene_is_spoken_faster_to_fit()
    {
        using var harness = Harness();
        _openAi.Server.Given(Request.Create().WithPath("/v1/audio/speech").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(ProviderMediaSamples.Speech));
        using var workspace = harness.NewWorkspace();

        var spoken = await harness.AsJobAsync(() => harness.Port<ISpeechSynthesizer>("openai").SpeakAsync(
            new SpeechRequest("The harbour wakes up slowly, and the boats go out to sea.", 2.5), workspace, null, CancellationToken.None));

        spoken.DurationSeconds.Should().BeApproximately(2.5, 0.01);
        spoken.SpeechEndSeconds.Should().BeLessThanOrEqualTo(2.5);
    }

    [Fact]
    public async Task A_video_is_created_polled_through_its_states_and_downloaded()
    {
        using var harness = Harness(("Models:0", "sora-test"));
        StubVideo("video_123", ("queued", 0), ("in_progress", 30), ("in_progress", 70), ("completed", 100));
        using var workspace = harness.NewWorkspace();
        var progress = new List<MediaProgress>();

        var video = await harness.AsJobAsync(() => harness.Port<ITextToVideoGenerator>("openai").GenerateAsync(
            new TextToVideoRequest("A fox running through snow", 8, 1280, 720), workspace, new SynchronousProgress(progress.Add), CancellationToken.None));

        video.ProviderVideoId.Should().Be("video_123");
        var probed = MediaTools.Probe(video.Path);
        (probed.Video.Codec, probed.Video.Width, probed.Video.Height).Should().Be(("h264", 1280, 720));
        probed.DurationSeconds.Should().BeApproximately(8, 0.1);
        MediaTools.Luma(MediaTools.Frame(video.Path, 4)).StdDev.Should().BeGreaterThan(20, "the provider's frames came through");
        File.Exists(video.ThumbnailPath).Should().BeTrue();
        var create = _openAi.Requests("/v1/videos").Should().ContainSingle().Subject.RequestMessage;
        var form = System.Text.Encoding.UTF8.GetString(create.BodyAsBytes!);
        form.Should().Contain("A fox running through snow").And.Contain("sora-test").And.Contain("1280x720");
        _openAi.Requests("/v1/videos/video_123").Should().HaveCountGreaterThanOrEqualTo(4, "it looked until the video was completed");
        progress.Select(p => p.Percent).Should().Contain(30).And.Contain(70);
        var call = harness.Calls.All.Should().ContainSingle().Subject;
        (call.Unit, call.Units, call.Cost).Should().Be((UsageUnits.VideoSeconds, 8m, 0.8m));
    }

    [Fact]
    public async Task A_remix_of_a_video_the_provider_made_is_asked_of_the_provider()
    {
        using var harness = Harness();
        StubVideo("video_remixed", ("completed", 100));
        _openAi.Server.Given(Request.Create().WithPath("/v1/videos/video_123/remix").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { id = "video_remixed", @object = "video", status = "queued", progress = 0 }));
        using var workspace = harness.NewWorkspace();

        var video = await harness.AsJobAsync(() => harness.Port<ITextToVideoGenerator>("openai").GenerateAsync(
            new TextToVideoRequest("Now at night", 8, 1280, 720, RemixOf: "video_123"), workspace, null, CancellationToken.None));

        video.ProviderVideoId.Should().Be("video_remixed");
        using var body = JsonDocument.Parse(_openAi.Requests("/v1/videos/video_123/remix").Single().RequestMessage.Body!);
        body.RootElement.GetProperty("prompt").GetString().Should().Be("Now at night");
    }

    [Fact]
    public async Task A_video_the_provider_refuses_to_finish_for_its_content_fails_for_good()
    {
        using var harness = Harness();
        _openAi.Server.Given(Request.Create().WithPath("/v1/videos").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { id = "video_bad", status = "queued" }));
        _openAi.Server.Given(Request.Create().WithPath("/v1/videos/video_bad").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new
            {
                id = "video_bad", status = "failed", error = new { code = "moderation_blocked", message = "The prompt was blocked by moderation." },
            }));
        using var workspace = harness.NewWorkspace();

        var generate = () => harness.AsJobAsync(() => harness.Port<ITextToVideoGenerator>("openai").GenerateAsync(
            new TextToVideoRequest("Something forbidden", 4, 1280, 720), workspace, null, CancellationToken.None));

        var failure = (await generate.Should().ThrowAsync<MediaProcessingException>()).Which;
        (failure.Code, failure.Retryable).Should().Be((MediaErrorCodes.ContentPolicy, false));
        failure.Message.Should().Contain("blocked by moderation");
    }

    [Fact]
    public async Task A_scene_clip_is_a_video_from_the_scene_picture_in_the_local_clip_format()
    {
        using var harness = Harness();
        StubVideo("video_clip", ("in_progress", 50), ("completed", 100));
        using var workspace = harness.NewWorkspace();
        var picture = workspace.NewFile("scene", ".png");
        await File.WriteAllBytesAsync(picture, ProviderMediaSamples.Png);

        var clip = await harness.AsJobAsync(() => harness.Port<IClipGenerator>("openai").GenerateAsync(
            new ClipRequest(picture, 3, 640, 360, "Waves rolling in"), workspace, null, CancellationToken.None));

        var probed = MediaTools.Probe(clip.Path);
        (probed.Video.Codec, probed.Video.Profile, probed.Video.PixelFormat, probed.Video.AverageFrameRate).Should().Be(("h264", "High", "yuv420p", "30/1"));
        (probed.Video.Width, probed.Video.Height).Should().Be((640, 360));
        probed.Audio.Codec.Should().Be("aac");
        probed.DurationSeconds.Should().BeApproximately(3, 0.05, "the provider's 4-second clip is cut to the scene's length");
        (SKBitmap.Decode(clip.SeedFramePath).Width, SKBitmap.Decode(clip.SeedFramePath).Height).Should().Be((640, 360));
        var form = System.Text.Encoding.Latin1.GetString(_openAi.Requests("/v1/videos").Single().RequestMessage.BodyAsBytes!);
        form.Should().Contain("name=input_reference").And.Contain("\x89PNG").And.Contain("1280x720").And.Contain("Waves rolling in");
        form.Should().Contain("name=seconds").And.Contain("\r\n\r\n4\r\n", "the provider's shortest length of at least 3 s");
    }

    private void StubVideo(string id, params (string Status, int Progress)[] states)
    {
        _openAi.Server.Given(Request.Create().WithPath("/v1/videos").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { id, @object = "video", status = "queued", progress = 0, model = "sora-2" }));
        for (var i = 0; i < states.Length; i++)
        {
            var request = _openAi.Server.Given(Request.Create().WithPath($"/v1/videos/{id}").UsingGet());
            if (states.Length == 1)
            {
                request.RespondWith(Response.Create().WithStatusCode(200)
                    .WithBodyAsJson(new { id, @object = "video", status = states[0].Status, progress = states[0].Progress, seconds = "8", model = "sora-2" }));
                break;
            }
            var look = request.InScenario(id);
            var stage = i == 0 ? look : look.WhenStateIs($"look {i}");
            var (status, progress) = states[i];
            var reply = Response.Create().WithStatusCode(200).WithBodyAsJson(new { id, @object = "video", status, progress, seconds = "8", model = "sora-2" });
            if (i < states.Length - 1)
            {
                stage.WillSetStateTo($"look {i + 1}").RespondWith(reply);
            }
            else
            {
                stage.RespondWith(reply);
            }
        }
        _openAi.Server.Given(Request.Create().WithPath($"/v1/videos/{id}/content").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "video/mp4").WithBody(ProviderMediaSamples.Video));
    }

    private static object ChatCompletion(string content, int tokens) => new
    {
        id = "chatcmpl-1",
        @object = "chat.completion",
        created = 1764720000,
        model = "gpt-test-mini",
        choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
        usage = new { prompt_tokens = tokens / 2, completion_tokens = tokens - tokens / 2, total_tokens = tokens },
    };
}
