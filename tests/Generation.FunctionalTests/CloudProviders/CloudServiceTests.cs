using AiVideo.Generation.FunctionalTests.Service;
using SkiaSharp;

namespace AiVideo.Generation.FunctionalTests.CloudProviders;

/// <summary>
/// generation-api with cloud providers, as its clients and projects-api use it: a project's whole pipeline (storyboard,
/// images, clips, narrated final video) on the OpenAI-compatible adapter against its fake, every output stored through
/// media-api and judged as media; <c>GET /api/providers</c>; the company's default provider; per-request providers and
/// what they refuse; the usage of each call per company; and the monthly limit refusing paid work with 402.
/// </summary>
public sealed class CloudServiceTests(CloudGenerationFixture system) : IClassFixture<CloudGenerationFixture>, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("generation-cloud-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task A_projects_whole_pipeline_runs_on_the_cloud_adapter_and_its_outputs_are_stored_in_media()
    {
        var account = await system.SignUpAsync();
        await using var storyboards = await RabbitMqProbe.BindAsync<StoryboardGenerated>(system.EventBus);
        await using var images = await RabbitMqProbe.BindAsync<ImageStored>(system.EventBus);
        await using var videos = await RabbitMqProbe.BindAsync<VideoReady>(system.EventBus);
        var project = Guid.NewGuid();

        var storyRequest = Guid.NewGuid();
        await system.PublishAsync(new StoryboardRequested(storyRequest, account.CompanyId, account.UserId, project, "A harbour at dusk", "cinematic", "calm", 8, 2, "16:9", null));
        var storyboard = (await CollectAsync(storyboards, [storyRequest], "the storyboard was written"))[storyRequest];
        storyboard.GetProperty("title").GetString().Should().Be("A harbour at dusk", "the chat model wrote it");
        var scenes = storyboard.GetProperty("scenes").EnumerateArray().ToList();
        scenes.Sum(s => s.GetProperty("durationSeconds").GetDouble()).Should().BeApproximately(8, 0.001);
        (await system.JobsAsync(storyRequest)).Single().Provider.Should().Be("openai", "Generation:PortDefaults sends storyboards to it");

        var sceneIds = scenes.Select(_ => Guid.NewGuid()).ToArray();
        var imageRequests = scenes.Select(_ => Guid.NewGuid()).ToArray();
        for (var i = 0; i < scenes.Count; i++)
        {
            await system.PublishAsync(new ImageRequested(imageRequests[i], account.CompanyId, account.UserId, project, sceneIds[i],
                scenes[i].GetProperty("imagePrompt").GetString()!, null, 640, 360, [], null, "cinematic", Variation: i + 1));
        }
        var stored = await CollectAsync(images, imageRequests, "both pictures were stored");
        foreach (var request in imageRequests)
        {
            var path = await system.DownloadAsync(account, stored[request].GetProperty("fileId").GetGuid(), _folder.FullName, $"{request}.png");
            var picture = SKBitmap.Decode(path);
            (picture.Width, picture.Height).Should().Be((640, 360), "the provider's 1536x1024 picture is cropped to the scene's frame");
            MediaTools.Luma(picture).StdDev.Should().BeGreaterThan(20);
        }

        var clipRequests = scenes.Select(_ => Guid.NewGuid()).ToArray();
        for (var i = 0; i < scenes.Count; i++)
        {
            await system.PublishAsync(new VideoRequested(clipRequests[i], account.CompanyId, account.UserId, project, sceneIds[i], VideoKinds.Clip,
                new VideoInputs(stored[imageRequests[i]].GetProperty("fileId").GetGuid(), [], [], null, null, null, null, null, Variation: i + 1), 640, 360, 30,
                scenes[i].GetProperty("durationSeconds").GetDouble(), Prompt: scenes[i].GetProperty("summary").GetString()));
        }
        var clips = await CollectAsync(videos, clipRequests, "both clips were stored");
        for (var i = 0; i < scenes.Count; i++)
        {
            var clip = MediaTools.Probe(await system.DownloadAsync(account, clips[clipRequests[i]].GetProperty("fileId").GetGuid(), _folder.FullName, $"clip-{i}.mp4"));
            (clip.Video.Codec, clip.Video.AverageFrameRate, clip.Video.Width, clip.Video.Height).Should().Be(("h264", "30/1", 640, 360));
            clip.DurationSeconds.Should().BeApproximately(scenes[i].GetProperty("durationSeconds").GetDouble(), 0.05);
        }

        var finalRequest = Guid.NewGuid();
        await system.PublishAsync(new VideoRequested(finalRequest, account.CompanyId, account.UserId, project, null, VideoKinds.Final,
            new VideoInputs(null,
                [.. clipRequests.Select((r, i) => new VideoClipInput(clips[r].GetProperty("fileId").GetGuid(), sceneIds[i], null, null))],
                [.. scenes.Select((s, i) => new NarrationLine(sceneIds[i], i + 1, s.GetProperty("narration").GetString()!, null))],
                new CaptionSettings(true, false, null, null, null, null), null, null, null, null),
            640, 360, 30, null));
        var final = (await CollectAsync(videos, [finalRequest], "the final video was stored"))[finalRequest];
        (await system.JobsAsync(finalRequest)).Single().Provider.Should().Be("openai", "its narration is spoken by the cloud speech; ffmpeg composes it here");
        var video = await system.DownloadAsync(account, final.GetProperty("fileId").GetGuid(), _folder.FullName, "final.mp4");
        var probed = MediaTools.Probe(video);
        probed.DurationSeconds.Should().BeApproximately(8, 0.1);
        (probed.Video.Codec, probed.Audio.Codec).Should().Be(("h264", "aac"));
        MediaTools.RmsPerWindow(video, 0.5).Max().Should().BeGreaterThan(0.02, "the cloud narration is heard");
        MediaTools.Luma(MediaTools.Frame(video, 2)).StdDev.Should().BeGreaterThan(20, "the provider's pictures are seen");

        var usage = await UsageAsync(account);
        var lines = usage.GetProperty("items").EnumerateArray().ToList();
        lines.Should().OnlyContain(l => l.GetProperty("provider").GetString() == "openai");
        Line(lines, "storyboard", "tokens").GetProperty("units").GetDecimal().Should().Be(500);
        Line(lines, "image", "images").GetProperty("calls").GetInt32().Should().Be(2);
        Line(lines, "clip", "video_seconds").GetProperty("units").GetDecimal().Should().Be(16, "each clip is one 8-second provider video");
        Line(lines, "final", "characters").GetProperty("units").GetDecimal().Should().Be(scenes.Sum(s => s.GetProperty("narration").GetString()!.Length));
        usage.GetProperty("cost").GetDecimal().Should().Be(lines.Sum(l => l.GetProperty("cost").GetDecimal())).And.BeGreaterThan(1.6m);
        usage.GetProperty("currency").GetString().Should().Be("USD");
        usage.GetProperty("limit").ValueKind.Should().Be(JsonValueKind.Null, "the company is on no capped plan");
    }

    [Fact]
    public async Task The_providers_are_listed_with_their_ports_models_and_prices_and_never_their_address_or_key()
    {
        var account = await system.SignUpAsync();

        var response = await system.GenerationAsync(HttpMethod.Get, "/api/providers", account.Token);
        var text = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        text.Should().NotContain(CloudGenerationFixture.ApiKey).And.NotContain(system.OpenAi.Address.Authority);
        var providers = JsonDocument.Parse(text).RootElement.GetProperty("items").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        providers.Keys.Should().BeEquivalentTo("local", "ollama", "openai");
        var openAi = providers["openai"];
        openAi.GetProperty("type").GetString().Should().Be("openai");
        openAi.GetProperty("ports").EnumerateArray().Select(p => p.GetString()).Should().BeEquivalentTo("story", "image", "clip", "speech", "video");
        openAi.GetProperty("cost").GetProperty("perImage").GetDecimal().Should().Be(0.04m);
        providers["ollama"].GetProperty("ports").EnumerateArray().Select(p => p.GetString()).Should().Equal("story");
        providers["local"].GetProperty("ports").EnumerateArray().Should().HaveCount(6);
    }

    [Fact]
    public async Task A_company_chooses_its_default_provider_and_requests_can_still_name_another()
    {
        var account = await system.SignUpAsync();

        var before = await Json(await system.GenerationAsync(HttpMethod.Get, "/api/providers/default", account.Token));
        before.GetProperty("provider").ValueKind.Should().Be(JsonValueKind.Null);
        (before.GetProperty("ports").GetProperty("image").GetString(), before.GetProperty("ports").GetProperty("video").GetString()).Should().Be(("openai", "local"));

        var bad = await system.GenerationAsync(HttpMethod.Put, "/api/providers/default", account.Token, new { provider = "midjourney" });
        bad.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).Should().Contain("local").And.Contain("openai");
        var key = await system.ApiKeyTokenAsync(account, Scopes.GenerationRun);
        (await system.GenerationAsync(HttpMethod.Put, "/api/providers/default", key, new { provider = "openai" })).StatusCode
            .Should().Be(HttpStatusCode.Forbidden, "only the company's admins choose, signed in: not an API key");

        var set = await system.GenerationAsync(HttpMethod.Put, "/api/providers/default", account.Token, new { provider = "OpenAI" });
        var chosen = await Json(set);
        chosen.GetProperty("provider").GetString().Should().Be("openai");
        chosen.GetProperty("ports").GetProperty("video").GetString().Should().Be("openai");
        chosen.GetProperty("ports").GetProperty("transcode").GetString().Should().Be("local", "openai does not transcode: the platform's default stays");

        var onDefault = await Json(await system.GenerationAsync(HttpMethod.Post, "/api/videos", account.Token, new { prompt = "A paper boat", seconds = "4", size = "1280x720" }));
        onDefault.GetProperty("provider").GetString().Should().Be("openai");
        var named = await Json(await system.GenerationAsync(HttpMethod.Post, "/api/videos", account.Token,
            new { prompt = "A paper boat", seconds = "4", size = "1280x720", provider = "local" }));
        named.GetProperty("provider").GetString().Should().Be("local");

        var storyOnly = await system.GenerationAsync(HttpMethod.Post, "/api/videos", account.Token, new { prompt = "A paper boat", provider = "ollama" });
        storyOnly.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await storyOnly.Content.ReadAsStringAsync()).Should().Contain("ollama").And.Contain("does not make video").And.Contain("openai");

        var cloud = await PollAsync(account, onDefault.GetProperty("id").GetGuid());
        cloud.GetProperty("durationSeconds").GetDouble().Should().BeApproximately(4, 0.1, "the provider's 8-second video is cut to the 4 seconds asked for");
        var remix = await Json(await system.GenerationAsync(HttpMethod.Post, $"/api/videos/{onDefault.GetProperty("id").GetGuid()}/remix", account.Token,
            new { prompt = "Now at night" }));
        await PollAsync(account, remix.GetProperty("id").GetGuid());
        system.OpenAi.Requests("/v1/videos/video_fake/remix").Should().NotBeEmpty("a remix of the provider's video is asked of the provider");

        await system.GenerationAsync(HttpMethod.Put, "/api/providers/default", account.Token, new { provider = (string?)null });
        var cleared = await Json(await system.GenerationAsync(HttpMethod.Get, "/api/providers/default", account.Token));
        cleared.GetProperty("provider").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task A_company_past_its_monthly_limit_is_refused_paid_work_with_402_but_local_work_goes_on()
    {
        var account = await system.SignUpAsync();
        await system.PublishAsync(new CompanyPlanAssigned(account.CompanyId, CloudGenerationFixture.CappedPlan, account.UserId, 1L << 30, DateTimeOffset.UtcNow));
        await Eventually.True(async () => (await UsageAsync(account)).GetProperty("limit").ValueKind == JsonValueKind.Number, "the plan's limit applies");

        (await system.GenerationAsync(HttpMethod.Put, "/api/providers/default", account.Token, new { provider = "openai" })).EnsureSuccessStatusCode();
        var first = await Json(await system.GenerationAsync(HttpMethod.Post, "/api/videos", account.Token,
            new { prompt = "A paper boat", seconds = "4", size = "1280x720", provider = "openai" }));
        await PollAsync(account, first.GetProperty("id").GetGuid());
        var usage = await UsageAsync(account);
        (usage.GetProperty("cost").GetDecimal(), usage.GetProperty("limit").GetDecimal(), usage.GetProperty("remaining").GetDecimal())
            .Should().Be((0.8m, 0.05m, 0m));

        var refused = await system.GenerationAsync(HttpMethod.Post, "/api/videos", account.Token,
            new { prompt = "Another boat", seconds = "4", size = "1280x720", provider = "openai" });
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        refused.StatusCode.Should().Be(HttpStatusCode.PaymentRequired, problem.ToString());
        refused.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        problem.GetProperty("code").GetString().Should().Be("usage_limit_reached");
        problem.GetProperty("detail").GetString().Should().Contain("0.80 USD").And.Contain("0.05 USD");
        var key = await system.ApiKeyTokenAsync(account, Scopes.GenerationRun);
        var openAiShaped = await system.GenerationAsync(HttpMethod.Post, "/v1/videos", key, new { prompt = "Another boat", model = "sora-2", seconds = "4", size = "1280x720" });
        openAiShaped.StatusCode.Should().Be(HttpStatusCode.PaymentRequired);
        (await openAiShaped.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("type").GetString().Should().Be("insufficient_quota");

        await using var failures = await RabbitMqProbe.BindAsync<GenerationFailed>(system.EventBus);
        var imageRequest = Guid.NewGuid();
        await system.PublishAsync(new ImageRequested(imageRequest, account.CompanyId, account.UserId, Guid.NewGuid(), Guid.NewGuid(), "A boat", null, 320, 180, [], null));
        var refusedJob = await system.JobAsync(imageRequest, TimeSpan.FromSeconds(30), JobStatus.Failed);
        (refusedJob.ErrorCode, refusedJob.Attempts).Should().Be(("usage_limit_reached", 0));
        await Eventually.True(async () => await failures.CountAsync() >= 1, "the project hears why");

        var local = await Json(await system.GenerationAsync(HttpMethod.Post, "/api/videos", account.Token,
            new { prompt = "A paper boat", seconds = "4", size = "1280x720", provider = "local" }));
        await PollAsync(account, local.GetProperty("id").GetGuid());
        system.OpenAi.Requests("/v1/videos").Count(r => r.RequestMessage.Body?.Contains("Another boat") == true
            || System.Text.Encoding.UTF8.GetString(r.RequestMessage.BodyAsBytes ?? []).Contains("Another boat")).Should().Be(0, "no refused work reached the provider");
    }

    [Fact]
    public async Task Other_services_read_the_provider_names_and_ports_with_a_service_token_only()
    {
        var account = await system.SignUpAsync();
        using var token = await system.Http.PostAsync(new Uri(system.Identity.Address!, "/connect/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = ResourceNames.MediaApi, ["client_secret"] = IdentitySettings.MediaSecret,
        }));
        var service = (await Json(token)).GetProperty("access_token").GetString()!;

        var list = await Json(await system.GenerationAsync(HttpMethod.Get, "/internal/providers", service));

        var ports = list.GetProperty("items").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!,
            p => p.GetProperty("ports").EnumerateArray().Select(x => x.GetString()).ToList());
        ports["ollama"].Should().Equal("story");
        ports["openai"].Should().Contain("clip");
        (await system.GenerationAsync(HttpMethod.Get, "/internal/providers", account.Token)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_projects_provider_serves_the_steps_it_can_and_the_defaults_serve_the_others()
    {
        var account = await system.SignUpAsync();
        var (story, image) = (Guid.NewGuid(), Guid.NewGuid());

        await system.PublishAsync(new StoryboardRequested(story, account.CompanyId, account.UserId, Guid.NewGuid(), "A harbour", null, null, 8, 2, "16:9", null,
            Provider: "ollama"));
        await system.PublishAsync(new ImageRequested(image, account.CompanyId, account.UserId, Guid.NewGuid(), Guid.NewGuid(), "A boat", null, 320, 180, [], null,
            Provider: "ollama"));

        (await system.JobAsync(story, TimeSpan.FromSeconds(60), JobStatus.Succeeded)).Provider.Should().Be("ollama", "it writes storyboards");
        (await system.JobAsync(image, TimeSpan.FromSeconds(60), JobStatus.Succeeded)).Provider.Should().Be("openai", "it draws nothing: the port's default does");
        system.OpenAi.Requests("/ollama/v1/chat/completions").Should().NotBeEmpty("the storyboard was asked of the provider the project chose");
    }

    [Fact]
    public async Task A_usage_month_that_is_not_one_is_a_400()
    {
        var account = await system.SignUpAsync();

        var response = await system.GenerationAsync(HttpMethod.Get, "/api/usage/generation?month=2026-13", account.Token);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("month").EnumerateArray().Should().NotBeEmpty();
        var past = await Json(await system.GenerationAsync(HttpMethod.Get, "/api/usage/generation?month=2020-01", account.Token));
        (past.GetProperty("month").GetString(), past.GetProperty("cost").GetDecimal(), past.GetProperty("items").GetArrayLength()).Should().Be(("2020-01", 0m, 0));
    }

    /// <summary>The events answering <paramref name="requests"/> (the probe also hears other tests' events, which are skipped).</summary>
    private static async Task<Dictionary<Guid, JsonElement>> CollectAsync(RabbitMqProbe probe, IReadOnlyCollection<Guid> requests, string what)
    {
        var found = new Dictionary<Guid, JsonElement>();
        await Eventually.True(async () =>
        {
            foreach (var message in await probe.DrainMessagesAsync())
            {
                var request = message.GetProperty("requestId").GetGuid();
                if (requests.Contains(request))
                {
                    found.ContainsKey(request).Should().BeFalse($"request {request} is announced once");
                    found[request] = message;
                }
            }
            return found.Count == requests.Count;
        }, what, TimeSpan.FromSeconds(120));
        return found;
    }

    private async Task<JsonElement> UsageAsync(Account account) =>
        await Json(await system.GenerationAsync(HttpMethod.Get, "/api/usage/generation", account.Token));

    private async Task<JsonElement> PollAsync(Account account, Guid id)
    {
        var video = await Eventually.Until(async () => await Json(await system.GenerationAsync(HttpMethod.Get, $"/api/videos/{id}", account.Token)),
            v => v.GetProperty("status").GetString() is "completed" or "failed", $"video {id} finished", TimeSpan.FromMinutes(3));
        video.GetProperty("status").GetString().Should().Be("completed", video.ToString());
        return video;
    }

    private static JsonElement Line(List<JsonElement> lines, string kind, string unit) =>
        lines.Should().ContainSingle(l => l.GetProperty("kind").GetString() == kind && l.GetProperty("unit").GetString() == unit).Subject;

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue(text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
