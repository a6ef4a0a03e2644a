using System.Diagnostics;
using AiVideo.Generation.FunctionalTests.Service;
using SkiaSharp;
using static AiVideo.Generation.FunctionalTests.CloudProviders.ProviderAnswer;

namespace AiVideo.Generation.FunctionalTests.CloudProviders;

/// <summary>
/// Jobs on RunwayML and Replicate through generation-api as a service, asked for on the bus as projects-api asks: the
/// provider's output stored through media-api and announced, the work recorded as the company's usage; and a Replicate
/// prediction finished by its webhook, through webhooks-api, long before its poll would have looked again.
/// </summary>
public sealed class CloudPipelineTests(CloudPipelineFixture system) : IClassFixture<CloudPipelineFixture>, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("cloud-pipeline-");

    [Fact]
    public async Task A_scene_clip_on_runway_is_made_from_the_stored_picture_stored_through_media_and_counted_as_usage()
    {
        var account = await system.SignUpAsync();
        await using var videos = await RabbitMqProbe.BindAsync<VideoReady>(system.EventBus);
        var scenePicture = MediaUploads.Picture(640, 360);
        var imageId = await MediaUploads.StoreAsync(system, account, scenePicture, "scene.png", "image/png", "company-asset");
        system.Runway.On("POST", "/v1/image_to_video", Ok(new { id = "service-task" }))
            .On("GET", "/v1/tasks/service-task", Ok(new { id = "service-task", status = "PENDING" }), Ok(new { id = "service-task", status = "RUNNING", progress = 0.5 }),
                Ok(new { id = "service-task", status = "SUCCEEDED", output = new[] { system.Runway.Url("outputs/service-task.mp4") } }))
            .On("GET", "/outputs/service-task.mp4", File(ProviderMediaSamples.Clip(1280, 720, 5), "video/mp4"));
        var request = Guid.NewGuid();

        await system.PublishAsync(new VideoRequested(request, account.CompanyId, account.UserId, Guid.NewGuid(), Guid.NewGuid(), VideoKinds.Clip,
            new VideoInputs(imageId, [], [], null, null, null, null, null, Variation: 1), 640, 360, 30, 3, Prompt: "Boats sway in the harbour", Provider: "runway"));

        await Eventually.True(async () => await videos.CountAsync() >= 1, "the clip was announced", TimeSpan.FromSeconds(90));
        var ready = (await videos.DrainMessagesAsync()).Should().ContainSingle().Subject;
        ready.GetProperty("requestId").GetGuid().Should().Be(request);
        var body = FakeProvider.Json(system.Runway.Received("POST", "/v1/image_to_video").Should().ContainSingle().Subject);
        body.GetProperty("promptImage").GetString().Should().Be("data:image/png;base64," + Convert.ToBase64String(scenePicture), "Runway got the stored scene picture");
        body.GetProperty("promptText").GetString().Should().Be("Boats sway in the harbour");
        var clip = await system.DownloadAsync(account, ready.GetProperty("fileId").GetGuid(), _folder.FullName, "clip.mp4");
        var probed = MediaTools.Probe(clip);
        (probed.Video.Codec, probed.Video.PixelFormat, probed.Video.AverageFrameRate, probed.Video.Width, probed.Video.Height)
            .Should().Be(("h264", "yuv420p", "30/1", 640, 360));
        probed.DurationSeconds.Should().BeApproximately(3, 0.05);
        ready.GetProperty("durationSeconds").GetDouble().Should().BeApproximately(3, 0.001);
        using var seed = SKBitmap.Decode(await system.DownloadAsync(account, ready.GetProperty("seedFrameFileId").GetGuid(), _folder.FullName, "seed.png"));
        (seed.Width, seed.Height).Should().Be((640, 360));
        var job = (await system.JobsAsync(request)).Should().ContainSingle().Subject;
        (job.Status, job.Provider).Should().Be((JobStatus.Succeeded, "runway"));

        var usage = await (await system.GenerationAsync(HttpMethod.Get, "/api/usage/generation", account.Token)).Content.ReadFromJsonAsync<JsonElement>();
        var line = usage.GetProperty("items").EnumerateArray().Should().ContainSingle().Subject;
        (line.GetProperty("provider").GetString(), line.GetProperty("model").GetString(), line.GetProperty("unit").GetString())
            .Should().Be(("runway", "gen4_turbo", "video_seconds"));
        (line.GetProperty("units").GetDecimal(), line.GetProperty("cost").GetDecimal()).Should().Be((5m, 0.25m), "Runway made (and bills) 5 s for the 3 s scene");
    }

    [Fact]
    public async Task A_replicate_prediction_is_finished_by_its_webhook_through_webhooks_api_long_before_the_next_poll()
    {
        var account = await system.SignUpAsync();
        await using var images = await RabbitMqProbe.BindAsync<ImageStored>(system.EventBus);
        await using var callbacks = await RabbitMqProbe.BindAsync<ProviderCallbackReceived>(system.EventBus);
        const string Id = "service-prediction";
        object Prediction(string status, string? output = null) => new
        {
            id = Id,
            version = CloudPipelineFixture.ImageVersion,
            input = new { prompt = "A harbour at dusk" },
            status,
            output = output is null ? null : new[] { output },
            error = (string?)null,
            created_at = "2026-12-03T09:00:00.000Z",
        };
        system.Replicate.On("POST", "/v1/predictions", new ProviderAnswer(201, Prediction("starting")))
            .On("GET", $"/v1/predictions/{Id}", Ok(Prediction("processing")))
            .On("GET", $"/outputs/{Id}.png", File(Service.MediaUploads.Picture(1024, 576), "image/png"));
        var request = Guid.NewGuid();

        await system.PublishAsync(new ImageRequested(request, account.CompanyId, account.UserId, Guid.NewGuid(), Guid.NewGuid(), "A harbour at dusk", null, 640, 360,
            [], null, Provider: "replicate"));
        await Eventually.True(() => system.Replicate.Received("GET", $"/v1/predictions/{Id}").Count == 1,
            "the prediction was made and looked at once; the poll now waits ten minutes", TimeSpan.FromSeconds(60));
        var create = FakeProvider.Json(system.Replicate.Received("POST", "/v1/predictions").Should().ContainSingle().Subject);
        create.GetProperty("webhook").GetString().Should().Be(system.ReplicateWebhook.ToString());
        create.GetProperty("webhook_events_filter").EnumerateArray().Select(e => e.GetString()).Should().Equal("completed");

        // The prediction finishes at Replicate, which calls the webhook with it.
        var finished = JsonSerializer.Serialize(Prediction("succeeded", system.Replicate.Url($"outputs/{Id}.png")));
        system.Replicate.On("GET", $"/v1/predictions/{Id}", Ok(JsonDocument.Parse(finished).RootElement));
        var clock = Stopwatch.StartNew();
        var answer = await system.SendReplicateWebhookAsync(finished);
        answer.StatusCode.Should().Be(HttpStatusCode.OK, await answer.Content.ReadAsStringAsync());

        await Eventually.True(async () => await images.CountAsync() >= 1, "the picture was stored and announced", TimeSpan.FromSeconds(60));
        clock.Elapsed.Should().BeLessThan(CloudPipelineFixture.ReplicatePollInterval / 10, "the webhook woke the poll; its interval is ten minutes");
        var callback = (await callbacks.DrainMessagesAsync()).Should().ContainSingle().Subject;
        (callback.GetProperty("provider").GetString(), callback.GetProperty("providerJobId").GetString(), callback.GetProperty("eventType").GetString())
            .Should().Be(("replicate", Id, "succeeded"));
        system.Replicate.Received("GET", $"/v1/predictions/{Id}").Should().HaveCount(2, "one look before the webhook, one when it came");
        var stored = (await images.DrainMessagesAsync()).Should().ContainSingle().Subject;
        stored.GetProperty("requestId").GetGuid().Should().Be(request);
        using var picture = SKBitmap.Decode(await system.DownloadAsync(account, stored.GetProperty("fileId").GetGuid(), _folder.FullName, "picture.png"));
        (picture.Width, picture.Height).Should().Be((640, 360));
        var job = (await system.JobsAsync(request)).Should().ContainSingle().Subject;
        (job.Status, job.Provider).Should().Be((JobStatus.Succeeded, "replicate"));
    }

    [Fact]
    public async Task The_providers_list_shows_what_runway_and_replicate_make_and_neither_their_address_nor_their_key()
    {
        var account = await system.SignUpAsync();

        var response = await system.GenerationAsync(HttpMethod.Get, "/api/providers", account.Token);

        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        var providers = JsonDocument.Parse(text).RootElement.GetProperty("items").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        (providers["runway"].GetProperty("type").GetString(), Strings(providers["runway"].GetProperty("ports")), Strings(providers["runway"].GetProperty("kinds")))
            .Should().BeEquivalentTo(("runwayml", new[] { "clip" }, new[] { "clip" }));
        (providers["replicate"].GetProperty("type").GetString(), Strings(providers["replicate"].GetProperty("ports")))
            .Should().BeEquivalentTo(("replicate", new[] { "image" }), "only the image model's version is configured");
        text.Should().NotContain(CloudPipelineFixture.RunwayKey).And.NotContain(CloudPipelineFixture.ReplicateToken)
            .And.NotContain(system.Runway.Address.Authority).And.NotContain(system.Replicate.Address.Authority);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];
}
