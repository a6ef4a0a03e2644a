using AiVideo.Generation.Application.Providers;
using SkiaSharp;
using static AiVideo.Generation.FunctionalTests.CloudProviders.ProviderAnswer;

namespace AiVideo.Generation.FunctionalTests.CloudProviders;

/// <summary>RunwayML's API played by WireMock.Net, and the adapters configured at it as the service configures them.</summary>
public sealed class RunwayMlFixture : IDisposable
{
    public const string Key = "key_runway-test-secret-0123456789";

    public RunwayMlFixture()
    {
        var settings = new Dictionary<string, string?>();
        foreach (var name in (string[])["runway", "runway-hurried", "runway-impatient", "runway-gen3", "runway-gen45"])
        {
            var prefix = $"Generation:Providers:{name}";
            settings[$"{prefix}:Type"] = ProviderTypes.RunwayMl;
            settings[$"{prefix}:BaseUrl"] = Fake.Url("v1/");
            settings[$"{prefix}:ApiKey"] = Key;
            settings[$"{prefix}:PollInterval"] = "00:00:00.050";
            settings[$"{prefix}:MaxPollInterval"] = "00:00:00.200";
            settings[$"{prefix}:Timeout"] = "00:00:10";
            settings[$"{prefix}:Cost:PerVideoSecond"] = "0.05";
        }
        settings["Generation:Providers:runway-hurried:TaskTimeout"] = "00:00:01";
        settings["Generation:Providers:runway-impatient:Timeout"] = "00:00:00.500";
        settings["Generation:Providers:runway-impatient:MaxRetries"] = "0";
        settings["Generation:Providers:runway-gen3:ClipModel"] = "gen3a_turbo";
        settings["Generation:Providers:runway-gen45:ClipModel"] = "gen4.5";
        settings["Generation:Providers:runway-gen45:Parameters:Durations"] = "2, 4, 6, 8, 10";
        Harness = new ProviderHarness(settings);
    }

    public FakeProvider Fake { get; } = new();

    public ProviderHarness Harness { get; }

    /// <summary>A five-second clip as Runway makes them for 16:9 (1280x720, 24 fps, no sound).</summary>
    public byte[] FiveSeconds { get; } = ProviderMediaSamples.Clip(1280, 720, 5);

    public void Dispose()
    {
        Harness.Dispose();
        Fake.Dispose();
    }
}

/// <summary>
/// The RunwayML clip adapter against a fake that speaks Runway's documented API: the request it sends (version header,
/// key, model, the scene picture as a data URI, ratio, duration), a task polled through every state, the output downloaded
/// and made a clip in the local format, 429s and 5xx answers tried again, failures by their failure codes, a task over its
/// time or whose job was cancelled cancelled at Runway, and the seconds made recorded as usage.
/// </summary>
public sealed class RunwayMlTests : IClassFixture<RunwayMlFixture>
{
    private readonly RunwayMlFixture _runway;
    private readonly FakeProvider _fake;
    private readonly ProviderHarness _harness;

    public RunwayMlTests(RunwayMlFixture runway)
    {
        (_runway, _fake, _harness) = (runway, runway.Fake, runway.Harness);
        _fake.Reset();
    }

    [Fact]
    public async Task A_clip_is_asked_for_as_documented_polled_through_every_state_and_delivered_in_the_local_clip_format()
    {
        var picture = ProviderMediaSamples.PictureFile(640, 360);
        _fake.On("POST", "/v1/image_to_video", Ok(new { id = "task-1" }))
            .On("GET", "/v1/tasks/task-1", Ok(Task("PENDING")), Ok(Task("THROTTLED")), Ok(Task("RUNNING", 0.25)), Ok(Task("RUNNING", 0.75)),
                Ok(Task("SUCCEEDED", output: _fake.Url("outputs/task-1.mp4"))))
            .On("GET", "/outputs/task-1.mp4", File(_runway.FiveSeconds, "video/mp4"));
        var reports = new List<MediaProgress>();
        using var workspace = _harness.NewWorkspace();

        var recorded = _harness.Calls.All.Count;

        var clip = await _harness.AsJobAsync(() => _harness.Port<IClipGenerator>("runway").GenerateAsync(
            new ClipRequest(picture, 3, 640, 360, "Waves roll onto the beach"), workspace, new SynchronousProgress(reports.Add), default));

        var create = _fake.Received("POST", "/v1/image_to_video").Should().ContainSingle().Subject;
        FakeProvider.Header(create, "Authorization").Should().Be($"Bearer {RunwayMlFixture.Key}");
        FakeProvider.Header(create, "X-Runway-Version").Should().Be("2024-11-06");
        var body = FakeProvider.Json(create);
        body.GetProperty("model").GetString().Should().Be("gen4_turbo");
        body.GetProperty("promptImage").GetString().Should().Be("data:image/png;base64," + Convert.ToBase64String(await System.IO.File.ReadAllBytesAsync(picture)));
        body.GetProperty("promptText").GetString().Should().Be("Waves roll onto the beach");
        body.GetProperty("ratio").GetString().Should().Be("1280:720");
        body.GetProperty("duration").GetInt32().Should().Be(5, "Runway makes 5 or 10 s; 5 covers the 3 s scene");
        var looks = _fake.Received("GET", "/v1/tasks/task-1");
        looks.Should().HaveCount(5, "the task was looked at until it succeeded, and not after");
        looks.Should().OnlyContain(r => FakeProvider.Header(r, "X-Runway-Version") == "2024-11-06" && FakeProvider.Header(r, "Authorization") == $"Bearer {RunwayMlFixture.Key}");
        reports.Should().OnlyContain(r => r.Stage == MediaStages.Clip);
        reports.Select(r => r.Percent).Should().BeInAscendingOrder().And.Contain(p => Math.Abs(p - 22.5) < 0.01).And.Contain(p => Math.Abs(p - 67.5) < 0.01);

        var probed = MediaTools.Probe(clip.Path);
        (probed.Video.Codec, probed.Video.Profile, probed.Video.PixelFormat, probed.Video.AverageFrameRate).Should().Be(("h264", "High", "yuv420p", "30/1"));
        (probed.Video.Width, probed.Video.Height).Should().Be((640, 360));
        probed.Video.TimeBase.Should().Be("1/15360");
        probed.Video.DurationSeconds.Should().BeApproximately(3, 0.001, "Runway's 5 s are cut to the scene's 3");
        (probed.Audio.Codec, probed.Audio.SampleRate, probed.Audio.Channels).Should().Be(("aac", 48000, 2));
        (clip.DurationSeconds, clip.Width, clip.Height).Should().Be((3, 640, 360));
        using var seed = SKBitmap.Decode(clip.SeedFramePath);
        using var last = MediaTools.Frame(clip.Path, 2.95);
        MediaTools.MeanDifference(seed, last).Should().BeLessThan(4, "the seed frame is the clip's last frame");

        var call = _harness.Calls.All.Skip(recorded).Should().ContainSingle().Subject;
        (call.CompanyId, call.JobId, call.Provider, call.Model, call.Units, call.Unit, call.Cost)
            .Should().Be((_harness.Job.CompanyId, _harness.Job.JobId, "runway", "gen4_turbo", 5m, UsageUnits.VideoSeconds, 0.25m));
    }

    [Theory]
    [InlineData(640, 360, 3.0, "1280:720", 5)]
    [InlineData(360, 640, 7.0, "720:1280", 10)]
    [InlineData(480, 600, 2.0, "832:1104", 5)]
    [InlineData(480, 480, 12.0, "960:960", 10)]
    public async Task A_scene_is_asked_for_in_the_closest_ratio_and_the_shortest_duration_covering_it_then_cut_or_held_to_its_length(
        int width, int height, double seconds, string ratio, int duration)
    {
        var id = $"task-{ratio.Replace(':', 'x')}";
        var size = ratio.Split(':').Select(int.Parse).ToArray();
        _fake.On("POST", "/v1/image_to_video", Ok(new { id }))
            .On("GET", $"/v1/tasks/{id}", Ok(Task("SUCCEEDED", output: _fake.Url($"outputs/{id}.mp4"))))
            .On("GET", $"/outputs/{id}.mp4", File(ProviderMediaSamples.Clip(size[0] / 2, size[1] / 2, duration), "video/mp4"));
        using var workspace = _harness.NewWorkspace();

        var clip = await _harness.Port<IClipGenerator>("runway").GenerateAsync(new ClipRequest(ProviderMediaSamples.PictureFile(width, height), seconds, width, height), workspace, null, default);

        var body = FakeProvider.Json(_fake.Received("POST", "/v1/image_to_video").Should().ContainSingle().Subject);
        body.GetProperty("ratio").GetString().Should().Be(ratio);
        body.GetProperty("duration").GetInt32().Should().Be(duration);
        body.TryGetProperty("promptText", out _).Should().BeFalse("a clip without a prompt sends none");
        var probed = MediaTools.Probe(clip.Path);
        (probed.Video.Width, probed.Video.Height).Should().Be((width, height));
        probed.Video.DurationSeconds.Should().BeApproximately(seconds, 0.001);
        if (seconds > duration)
        {
            using var moving = MediaTools.Frame(clip.Path, duration / 2.0);
            using var heldFirst = MediaTools.Frame(clip.Path, duration + 0.2);
            using var heldLast = MediaTools.Frame(clip.Path, seconds - 0.05);
            MediaTools.MeanDifference(heldFirst, heldLast).Should().BeLessThan(1, "past Runway's end the clip holds its last frame up to the scene's length");
            MediaTools.MeanDifference(moving, heldLast).Should().BeGreaterThan(4, "before it, Runway's video moves");
        }
    }

    [Theory]
    [InlineData("runway-gen3", "gen3a_turbo", 640, 360, 3.0, "1280:768", 5)]
    [InlineData("runway-gen3", "gen3a_turbo", 360, 640, 3.0, "768:1280", 5)]
    [InlineData("runway-gen45", "gen4.5", 640, 360, 3.0, "1280:720", 4)]
    [InlineData("runway-gen45", "gen4.5", 480, 600, 9.5, "832:1104", 10)]
    public async Task Another_model_is_asked_for_with_its_own_ratios_and_durations(string provider, string model, int width, int height, double seconds,
        string ratio, int duration)
    {
        _fake.On("POST", "/v1/image_to_video", Ok(new { id = "task-model" }))
            .On("GET", "/v1/tasks/task-model", Ok(Task("SUCCEEDED", output: _fake.Url("outputs/task-model.mp4"))))
            .On("GET", "/outputs/task-model.mp4", File(_runway.FiveSeconds, "video/mp4"));
        using var workspace = _harness.NewWorkspace();

        var clip = await _harness.Port<IClipGenerator>(provider).GenerateAsync(
            new ClipRequest(ProviderMediaSamples.PictureFile(width, height), seconds, width, height), workspace, null, default);

        var body = FakeProvider.Json(_fake.Received("POST", "/v1/image_to_video").Should().ContainSingle().Subject);
        (body.GetProperty("model").GetString(), body.GetProperty("ratio").GetString(), body.GetProperty("duration").GetInt32()).Should().Be((model, ratio, duration));
        MediaTools.Probe(clip.Path).Video.DurationSeconds.Should().BeApproximately(seconds, 0.001);
    }

    [Fact]
    public async Task A_429_with_Retry_After_is_waited_out_and_the_task_is_made_once()
    {
        _fake.On("POST", "/v1/image_to_video", Error(429, new { error = "You have exceeded the rate limit." }, retryAfter: "1"), Ok(new { id = "task-busy" }))
            .On("GET", "/v1/tasks/task-busy", Ok(Task("SUCCEEDED", output: _fake.Url("outputs/task-busy.mp4"))))
            .On("GET", "/outputs/task-busy.mp4", File(_runway.FiveSeconds, "video/mp4"));
        using var workspace = _harness.NewWorkspace();

        var clip = await _harness.Port<IClipGenerator>("runway").GenerateAsync(new ClipRequest(ProviderMediaSamples.PictureFile(320, 180), 2, 320, 180), workspace, null, default);

        var creates = _fake.Received("POST", "/v1/image_to_video");
        creates.Should().HaveCount(2);
        (creates[1].DateTime - creates[0].DateTime).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(0.9), "Retry-After: 1 was honoured");
        _fake.Received("GET", "/v1/tasks/task-busy").Should().ContainSingle();
        MediaTools.Probe(clip.Path).Video.DurationSeconds.Should().BeApproximately(2, 0.001);
    }

    [Fact]
    public async Task A_5xx_answer_is_tried_again_until_runway_answers()
    {
        _fake.On("POST", "/v1/image_to_video", Error(500, new { error = "Internal error" }), Ok(new { id = "task-flaky" }))
            .On("GET", "/v1/tasks/task-flaky", Error(502, new { error = "Bad gateway" }), Error(503, new { error = "Unavailable" }), Ok(Task("RUNNING", 0.5)),
                Ok(Task("SUCCEEDED", output: _fake.Url("outputs/task-flaky.mp4"))))
            .On("GET", "/outputs/task-flaky.mp4", File(_runway.FiveSeconds, "video/mp4"));
        using var workspace = _harness.NewWorkspace();

        var clip = await _harness.Port<IClipGenerator>("runway").GenerateAsync(new ClipRequest(ProviderMediaSamples.PictureFile(320, 180), 1, 320, 180), workspace, null, default);

        _fake.Received("POST", "/v1/image_to_video").Should().HaveCount(2);
        _fake.Received("GET", "/v1/tasks/task-flaky").Should().HaveCount(4);
        MediaTools.Probe(clip.Path).Video.DurationSeconds.Should().BeApproximately(1, 0.001);
    }

    [Theory]
    [InlineData("SAFETY.INPUT.IMAGE", MediaErrorCodes.ContentPolicy, false)]
    [InlineData("SAFETY.OUTPUT.VIDEO", MediaErrorCodes.ContentPolicy, false)]
    [InlineData("INPUT_PREPROCESSING.SAFETY.TEXT", MediaErrorCodes.ContentPolicy, false)]
    [InlineData("ASSET.INVALID", MediaErrorCodes.ProviderRejected, false)]
    [InlineData("INTERNAL.BAD_OUTPUT.CODE01", MediaErrorCodes.ProviderFailed, true)]
    [InlineData("INPUT_PREPROCESSING.INTERNAL", MediaErrorCodes.ProviderFailed, true)]
    public async Task A_failed_task_is_our_failure_by_its_failure_code(string failureCode, string code, bool retryable)
    {
        var id = $"task-{failureCode.ToLowerInvariant().Replace('.', '-').Replace('_', '-')}";
        _fake.On("POST", "/v1/image_to_video", Ok(new { id }))
            .On("GET", $"/v1/tasks/{id}", Ok(Task("RUNNING", 0.3)), Ok(new { id, status = "FAILED", failure = "The task could not be completed as asked.", failureCode }));
        using var workspace = _harness.NewWorkspace();

        var recorded = _harness.Calls.All.Count;

        var failure = (await FluentActions.Awaiting(() => _harness.AsJobAsync(() => _harness.Port<IClipGenerator>("runway")
            .GenerateAsync(new ClipRequest(ProviderMediaSamples.PictureFile(320, 180), 2, 320, 180, "A beach"), workspace, null, default)))
            .Should().ThrowAsync<MediaProcessingException>()).Which;
        (failure.Code, failure.Retryable).Should().Be((code, retryable));
        failure.Message.Should().Contain(failureCode).And.Contain("could not be completed as asked");
        _harness.Calls.All.Skip(recorded).Should().BeEmpty("Runway made nothing to bill");
        _fake.Requests().Should().NotContain(r => r.RequestMessage.Path.StartsWith("/outputs/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_task_still_running_after_the_task_timeout_fails_as_timed_out_and_is_cancelled_at_runway()
    {
        _fake.On("POST", "/v1/image_to_video", Ok(new { id = "task-slow" }))
            .On("GET", "/v1/tasks/task-slow", Ok(Task("RUNNING", 0.1)))
            .On("DELETE", "/v1/tasks/task-slow", new ProviderAnswer(204));
        using var workspace = _harness.NewWorkspace();

        var failure = (await FluentActions.Awaiting(() => _harness.Port<IClipGenerator>("runway-hurried")
            .GenerateAsync(new ClipRequest(ProviderMediaSamples.PictureFile(320, 180), 2, 320, 180), workspace, null, default)).Should().ThrowAsync<MediaProcessingException>()).Which;

        (failure.Code, failure.Retryable).Should().Be((MediaErrorCodes.TimedOut, true));
        _fake.Received("GET", "/v1/tasks/task-slow").Should().HaveCountGreaterThan(1);
        var cancel = _fake.Received("DELETE", "/v1/tasks/task-slow").Should().ContainSingle("the task nobody waits for is cancelled at Runway").Subject;
        FakeProvider.Header(cancel, "X-Runway-Version").Should().Be("2024-11-06");
    }

    [Fact]
    public async Task A_call_runway_does_not_answer_in_time_fails_as_timed_out()
    {
        _fake.On("POST", "/v1/image_to_video", Ok(new { id = "task-late" }) with { Delay = TimeSpan.FromSeconds(3) });
        using var workspace = _harness.NewWorkspace();

        var failure = (await FluentActions.Awaiting(() => _harness.Port<IClipGenerator>("runway-impatient")
            .GenerateAsync(new ClipRequest(ProviderMediaSamples.PictureFile(320, 180), 2, 320, 180), workspace, null, default)).Should().ThrowAsync<MediaProcessingException>()).Which;

        (failure.Code, failure.Retryable).Should().Be((MediaErrorCodes.TimedOut, true));
    }

    [Fact]
    public async Task A_job_cancelled_while_its_task_runs_cancels_the_task_at_runway()
    {
        _fake.On("POST", "/v1/image_to_video", Ok(new { id = "task-unwanted" }))
            .On("GET", "/v1/tasks/task-unwanted", Ok(Task("RUNNING", 0.2)))
            .On("DELETE", "/v1/tasks/task-unwanted", new ProviderAnswer(204));
        using var workspace = _harness.NewWorkspace();
        using var cancellation = new CancellationTokenSource();

        var generating = _harness.Port<IClipGenerator>("runway").GenerateAsync(new ClipRequest(ProviderMediaSamples.PictureFile(320, 180), 2, 320, 180), workspace, null, cancellation.Token);
        await Eventually.True(() => _fake.Received("GET", "/v1/tasks/task-unwanted").Count >= 2, "the task is being polled");
        await cancellation.CancelAsync();

        await FluentActions.Awaiting(() => generating).Should().ThrowAsync<OperationCanceledException>();
        _fake.Received("DELETE", "/v1/tasks/task-unwanted").Should().ContainSingle();
    }

    [Fact]
    public async Task A_refused_key_fails_for_good_without_repeating_the_key()
    {
        _fake.On("POST", "/v1/image_to_video", Error(401, new { error = "Invalid API key" }));
        using var workspace = _harness.NewWorkspace();

        var failure = (await FluentActions.Awaiting(() => _harness.Port<IClipGenerator>("runway")
            .GenerateAsync(new ClipRequest(ProviderMediaSamples.PictureFile(320, 180), 2, 320, 180), workspace, null, default)).Should().ThrowAsync<MediaProcessingException>()).Which;

        (failure.Code, failure.Retryable).Should().Be((MediaErrorCodes.ProviderUnauthorized, false));
        failure.Message.Should().NotContain(RunwayMlFixture.Key).And.NotContain(_fake.Address.Authority);
        _fake.Received("POST", "/v1/image_to_video").Should().ContainSingle("a refused key is not tried again");
    }

    private static object Task(string status, double? progress = null, string? output = null) => output is null
        ? new { id = "task", status, createdAt = "2026-12-03T09:00:00.000Z", progress }
        : new { id = "task", status, createdAt = "2026-12-03T09:00:00.000Z", output = new[] { output } };
}
