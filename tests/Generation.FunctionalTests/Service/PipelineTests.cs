using SkiaSharp;

namespace AiVideo.Generation.FunctionalTests.Service;

/// <summary>
/// The pipeline as projects-api drives it, over the bus: a storyboard, scene images stored in media-api (which announces
/// them with the request id), clips with their seed frames, and the final video with narration, captions and ducked
/// music, each announced once through the outbox, all judged by ffprobe, decoded pixels and decoded audio.
/// </summary>
public sealed class PipelineTests(GenerationFixture system) : IClassFixture<GenerationFixture>, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("generation-pipeline-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task A_storyboard_request_delivered_three_times_makes_one_job_and_one_storyboard()
    {
        var account = await system.SignUpAsync();
        await using var generated = await RabbitMqProbe.BindAsync<StoryboardGenerated>(system.EventBus);
        var (request, project, messageId) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var asked = new StoryboardRequested(request, account.CompanyId, account.UserId, project, "A bakery at dawn in Lisbon", "cinematic", "warm", 24, 4, "16:9",
            new BrandContext("Pastelaria", ["#C0392B"], null, "custard tarts"));

        await system.PublishAsync(asked, messageId);
        await system.PublishAsync(asked, messageId);
        await system.PublishAsync(asked with { }, Guid.NewGuid());

        var job = await system.JobAsync(request, TimeSpan.FromSeconds(60), JobStatus.Succeeded);
        await Eventually.True(system.OutboxDrainedAsync, "the outbox published what the job wrote");
        await Eventually.True(async () => await generated.CountAsync() >= 1, "StoryboardGenerated went out");
        (await system.JobsAsync(request)).Should().ContainSingle("a request makes one job however often it arrives");
        job.Attempts.Should().Be(1);
        var storyboard = (await generated.DrainMessagesAsync()).Should().ContainSingle().Subject;
        storyboard.GetProperty("requestId").GetGuid().Should().Be(request);
        storyboard.GetProperty("projectId").GetGuid().Should().Be(project);
        var scenes = storyboard.GetProperty("scenes").EnumerateArray().ToList();
        scenes.Should().HaveCount(4);
        scenes.Sum(s => s.GetProperty("durationSeconds").GetDouble()).Should().BeApproximately(24, 0.001);
        var status = await (await system.GenerationAsync(HttpMethod.Get, $"/api/generations/{request}", account.Token)).Content.ReadFromJsonAsync<JsonElement>();
        status.GetProperty("status").GetString().Should().Be("succeeded");
        status.GetProperty("kind").GetString().Should().Be("storyboard");
        status.GetProperty("progress").GetInt32().Should().Be(100);
        status.GetProperty("attempts").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task Images_clips_and_a_final_video_are_made_stored_in_media_and_announced_once_each()
    {
        var account = await system.SignUpAsync();
        await using var images = await RabbitMqProbe.BindAsync<ImageStored>(system.EventBus);
        await using var videos = await RabbitMqProbe.BindAsync<VideoReady>(system.EventBus);
        await using var progress = await RabbitMqProbe.BindAsync<GenerationProgress>(system.EventBus);
        var project = Guid.NewGuid();
        var scenes = new[] { Guid.NewGuid(), Guid.NewGuid() };
        var imageRequests = scenes.Select(_ => Guid.NewGuid()).ToArray();

        for (var i = 0; i < scenes.Length; i++)
        {
            await system.PublishAsync(new ImageRequested(imageRequests[i], account.CompanyId, account.UserId, project, scenes[i], $"A harbour at dusk, scene {i + 1}",
                null, 640, 360, [], null, "cinematic", Title: $"Scene {i + 1}", Mood: "calm", Variation: i + 1));
        }
        await Eventually.True(async () => await images.CountAsync() >= 2, "media announced both images", TimeSpan.FromSeconds(90));
        var stored = (await images.DrainMessagesAsync()).ToDictionary(m => m.GetProperty("requestId").GetGuid());
        stored.Keys.Should().BeEquivalentTo(imageRequests);
        var pictures = new List<SKBitmap>();
        foreach (var (request, image) in imageRequests.Select(r => (r, stored[r])))
        {
            image.GetProperty("sceneId").GetGuid().Should().Be(scenes[Array.IndexOf(imageRequests, request)]);
            (image.GetProperty("width").GetInt32(), image.GetProperty("height").GetInt32()).Should().Be((640, 360));
            var path = await system.DownloadAsync(account, image.GetProperty("fileId").GetGuid(), _folder.FullName, $"{request}.png");
            var bitmap = SKBitmap.Decode(path);
            MediaTools.Luma(bitmap).StdDev.Should().BeGreaterThan(10, "a scene picture is not blank");
            pictures.Add(bitmap);
        }
        MediaTools.MeanDifference(pictures[0], pictures[1]).Should().BeGreaterThan(10, "scenes get different pictures");

        var clipRequests = scenes.Select(_ => Guid.NewGuid()).ToArray();
        for (var i = 0; i < scenes.Length; i++)
        {
            await system.PublishAsync(new VideoRequested(clipRequests[i], account.CompanyId, account.UserId, project, scenes[i], VideoKinds.Clip,
                new VideoInputs(stored[imageRequests[i]].GetProperty("fileId").GetGuid(), [], [], null, null, null, null, null, Variation: i + 1), 640, 360, 30, 2));
        }
        await Eventually.True(async () => await videos.CountAsync() >= 2, "both clips were announced", TimeSpan.FromSeconds(120));
        var clips = (await videos.DrainMessagesAsync()).ToDictionary(m => m.GetProperty("requestId").GetGuid());
        clips.Keys.Should().BeEquivalentTo(clipRequests);
        foreach (var request in clipRequests)
        {
            var ready = clips[request];
            ready.GetProperty("kind").GetString().Should().Be("clip");
            var clip = MediaTools.Probe(await system.DownloadAsync(account, ready.GetProperty("fileId").GetGuid(), _folder.FullName, $"{request}.mp4"));
            (clip.Video.Codec, clip.Video.Profile, clip.Video.PixelFormat, clip.Video.AverageFrameRate).Should().Be(("h264", "High", "yuv420p", "30/1"));
            (clip.Video.Width, clip.Video.Height).Should().Be((640, 360));
            clip.Audio.Codec.Should().Be("aac");
            clip.DurationSeconds.Should().BeApproximately(2, 0.05);
            var seed = SKBitmap.Decode(await system.DownloadAsync(account, ready.GetProperty("seedFrameFileId").GetGuid(), _folder.FullName, $"{request}-seed.png"));
            (seed.Width, seed.Height).Should().Be((640, 360));
        }
        (await progress.CountAsync()).Should().BeGreaterThan(0, "progress was reported while the clips were rendered");

        var music = await MediaUploads.StoreAsync(system, account, MediaUploads.Tone(6), "music.wav", "audio/wav", "audio");
        var finalRequest = Guid.NewGuid();
        await system.PublishAsync(new VideoRequested(finalRequest, account.CompanyId, account.UserId, project, null, VideoKinds.Final,
            new VideoInputs(null,
                [.. clipRequests.Select((r, i) => new VideoClipInput(clips[r].GetProperty("fileId").GetGuid(), scenes[i], null, null))],
                [new NarrationLine(scenes[0], 1, "The harbour wakes up slowly.", null)],
                new CaptionSettings(true, false, null, null, null, null), music, 0.2, null, null),
            640, 360, 30, null));
        await Eventually.True(async () => await videos.CountAsync() >= 1, "the final video was announced", TimeSpan.FromSeconds(120));
        var final = (await videos.DrainMessagesAsync()).Should().ContainSingle().Subject;
        final.GetProperty("kind").GetString().Should().Be("final");
        final.GetProperty("requestId").GetGuid().Should().Be(finalRequest);
        var video = await system.DownloadAsync(account, final.GetProperty("fileId").GetGuid(), _folder.FullName, "final.mp4");
        var probed = MediaTools.Probe(video);
        probed.DurationSeconds.Should().BeApproximately(4, 0.1, "the final video is as long as its timeline");
        final.GetProperty("durationSeconds").GetDouble().Should().BeApproximately(4, 0.1);
        var loudness = MediaTools.RmsPerWindow(video, 0.5);
        var spoken = loudness.Take(4).Max();
        var musicOnly = loudness.Skip(5).Take(2).Average();
        spoken.Should().BeGreaterThan(musicOnly * 1.5, "the narration plays over the first scene and the music alone under the second");
        musicOnly.Should().BeGreaterThan(0.005, "the music plays where nobody speaks");
        var captions = await File.ReadAllTextAsync(await system.DownloadAsync(account, final.GetProperty("captionsFileId").GetGuid(), _folder.FullName, "final.vtt"));
        captions.Should().StartWith("WEBVTT").And.Contain("harbour wakes");
        final.GetProperty("thumbnailFileId").GetGuid().Should().NotBeEmpty();
        await Eventually.True(system.OutboxDrainedAsync, "the outbox is empty");
        (await videos.CountAsync()).Should().Be(0, "each video was announced once");
    }

    [Fact]
    public async Task A_request_for_a_provider_or_a_kind_that_does_not_exist_fails_at_once_with_the_reason()
    {
        var account = await system.SignUpAsync();
        await using var failures = await RabbitMqProbe.BindAsync<GenerationFailed>(system.EventBus);
        var (unknownProvider, unknownKind) = (Guid.NewGuid(), Guid.NewGuid());

        await system.PublishAsync(new StoryboardRequested(unknownProvider, account.CompanyId, account.UserId, Guid.NewGuid(), "A prompt", null, null, 10, 2, "16:9",
            null, Provider: "nonexistent"));
        await system.PublishAsync(new VideoRequested(unknownKind, account.CompanyId, account.UserId, Guid.NewGuid(), null, "hologram",
            new VideoInputs(null, [], [], null, null, null, null, null), 640, 360, 30, 4));

        await Eventually.True(async () => await failures.CountAsync() >= 2, "both requests were refused");
        var refused = (await failures.DrainMessagesAsync()).ToDictionary(m => m.GetProperty("requestId").GetGuid());
        refused[unknownProvider].GetProperty("errorCode").GetString().Should().Be("invalid_request");
        refused[unknownProvider].GetProperty("message").GetString().Should().Contain("nonexistent");
        refused[unknownProvider].GetProperty("retryable").GetBoolean().Should().BeFalse();
        refused[unknownKind].GetProperty("message").GetString().Should().Contain("hologram");
        var job = (await system.JobsAsync(unknownProvider)).Single();
        (job.Status, job.Attempts).Should().Be((JobStatus.Failed, 0));
        (await system.JobsAsync(unknownKind)).Should().BeEmpty();
    }

    [Fact]
    public async Task An_image_whose_reference_file_is_missing_fails_for_good_after_one_attempt()
    {
        var account = await system.SignUpAsync();
        await using var failures = await RabbitMqProbe.BindAsync<GenerationFailed>(system.EventBus);
        var request = Guid.NewGuid();

        await system.PublishAsync(new ImageRequested(request, account.CompanyId, account.UserId, Guid.NewGuid(), Guid.NewGuid(), "A lighthouse", null, 320, 180,
            [Guid.NewGuid()], null));

        var job = await system.JobAsync(request, TimeSpan.FromSeconds(30), JobStatus.Failed);
        job.Attempts.Should().Be(1, "a missing input is not retried");
        job.ErrorCode.Should().Be("input_not_found");
        await Eventually.True(async () => await failures.CountAsync() >= 1, "GenerationFailed went out");
        var failed = (await failures.DrainMessagesAsync()).Single();
        (failed.GetProperty("stage").GetString(), failed.GetProperty("errorCode").GetString(), failed.GetProperty("retryable").GetBoolean())
            .Should().Be(("image", "input_not_found", false));
        var status = await (await system.GenerationAsync(HttpMethod.Get, $"/api/generations/{request}", account.Token)).Content.ReadFromJsonAsync<JsonElement>();
        (status.GetProperty("status").GetString(), status.GetProperty("attempts").GetInt32()).Should().Be(("failed", 1));
        var error = status.GetProperty("error");
        (error.GetProperty("code").GetString(), error.GetProperty("retryable").GetBoolean()).Should().Be(("input_not_found", false));
        error.GetProperty("message").GetString().Should().Contain("not available");
    }
}
