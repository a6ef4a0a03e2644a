namespace AiVideo.EndToEnd.Tests;

/// <summary>
/// Text-to-video as its clients use it through the gateway: OpenAI's <c>/v1/videos</c> shape and the platform's
/// <c>/api/videos</c>, each through create → poll → content → remix → delete, every step done once with the person's
/// session and once with an API key sent as <c>X-API-Key</c>. The two flows run side by side.
/// </summary>
[Collection(nameof(SystemCollection))]
public sealed class TextToVideoTests(SystemFixture system) : IDisposable
{
    private static readonly TimeSpan Making = TimeSpan.FromMinutes(4);

    private readonly SampleMedia _media = new();

    private GatewayClient Api => system.Api;

    public void Dispose() => _media.Dispose();

    [Fact]
    public async Task Videos_are_created_polled_downloaded_remixed_and_deleted_through_v1_videos_and_api_videos_with_a_session_or_an_api_key()
    {
        var admin = await Api.RegisterAsync("Video Client");
        var key = Caller.ApiKey(await Api.ApiKeyAsync(admin, Scopes.GenerationRun));

        await Task.WhenAll(OpenAiFlowAsync(admin.Session, key), PlatformFlowAsync(admin.Session, key));

        var left = await GatewayClient.ExpectAsync(await Api.GetAsync("/v1/videos", key), HttpStatusCode.OK);
        left.GetProperty("data").EnumerateArray().Should().BeEmpty("every video made was deleted");
    }

    /// <summary><c>/v1/videos</c>: created with the key, polled with the session, both download it, remixed with the session, each deleted by the other.</summary>
    private async Task OpenAiFlowAsync(Caller session, Caller key)
    {
        var created = await GatewayClient.ExpectAsync(await Api.PostAsync("/v1/videos", key,
            new { model = "sora-2", prompt = "A paper boat on a rainy street", seconds = "4", size = "720x1280" }), HttpStatusCode.OK);
        var id = created.GetProperty("id").GetString()!;
        id.Should().MatchRegex("^video_[0-9a-f]{32}$");
        (created.GetProperty("object").GetString(), created.GetProperty("status").GetString()).Should().Be(("video", "queued"));

        var completed = await PollOpenAiAsync(id, session);
        completed.GetProperty("progress").GetInt32().Should().Be(100);
        (await GatewayClient.ExpectAsync(await Api.GetAsync($"/v1/videos/{id}", key), HttpStatusCode.OK)).GetProperty("status").GetString().Should().Be("completed");
        var bySession = await Api.GetBytesAsync($"/v1/videos/{id}/content", session);
        (await Api.GetBytesAsync($"/v1/videos/{id}/content", key)).Should().Equal(bySession, "the session and the key download the same video");
        await CheckVideoAsync(bySession, "openai.mp4", 4, 720, 1280);

        var remix = await GatewayClient.ExpectAsync(await Api.PostAsync($"/v1/videos/{id}/remix", session, new { prompt = "The same boat, now at night" }), HttpStatusCode.OK);
        remix.GetProperty("remixed_from_video_id").GetString().Should().Be(id);
        var remixId = remix.GetProperty("id").GetString()!;
        await PollOpenAiAsync(remixId, key);
        await CheckVideoAsync(await Api.GetBytesAsync($"/v1/videos/{remixId}/content", key), "openai-remix.mp4", 4, 720, 1280);

        foreach (var (video, caller) in new[] { (remixId, key), (id, session) })
        {
            var deleted = await GatewayClient.ExpectAsync(await Api.DeleteAsync($"/v1/videos/{video}", caller), HttpStatusCode.OK);
            (deleted.GetProperty("id").GetString(), deleted.GetProperty("object").GetString(), deleted.GetProperty("deleted").GetBoolean())
                .Should().Be((video, "video.deleted", true));
            var gone = await GatewayClient.ExpectAsync(await Api.GetAsync($"/v1/videos/{video}", caller), HttpStatusCode.NotFound);
            gone.GetProperty("error").GetProperty("message").GetString().Should().NotBeNullOrEmpty("errors come in OpenAI's shape");
        }
    }

    /// <summary><c>/api/videos</c>: created with the session, polled with the key, remixed with the key, each deleted by the other.</summary>
    private async Task PlatformFlowAsync(Caller session, Caller key)
    {
        var created = await GatewayClient.ExpectAsync(await Api.PostAsync("/api/videos", session,
            new { prompt = "A kite over a windy beach", seconds = 1, size = "720x1280" }), HttpStatusCode.Accepted);
        var id = created.GetProperty("id").GetGuid();
        created.GetProperty("status").GetString().Should().Be("queued");

        await PollPlatformAsync(id, key);
        var bytes = await Api.GetBytesAsync($"/api/videos/{id}/content", session);
        (await Api.GetBytesAsync($"/api/videos/{id}/content", key)).Should().Equal(bytes);
        await CheckVideoAsync(bytes, "platform.mp4", 1, 720, 1280);

        var remix = await GatewayClient.ExpectAsync(await Api.PostAsync($"/api/videos/{id}/remix", key, new { prompt = "The same kite at sunset" }), HttpStatusCode.Accepted);
        remix.GetProperty("remixedFromVideoId").GetGuid().Should().Be(id);
        var remixId = remix.GetProperty("id").GetGuid();
        var remixed = await PollPlatformAsync(remixId, session);
        remixed.GetProperty("durationSeconds").GetDouble().Should().BeApproximately(1, 0.1);

        foreach (var (video, caller) in new[] { (remixId, session), (id, key) })
        {
            (await Api.DeleteAsync($"/api/videos/{video}", caller)).StatusCode.Should().Be(HttpStatusCode.NoContent);
            var gone = await Api.GetAsync($"/api/videos/{video}", caller);
            gone.StatusCode.Should().Be(HttpStatusCode.NotFound);
            gone.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        }
    }

    private Task<JsonElement> PollOpenAiAsync(string id, Caller caller) => PollAsync($"/v1/videos/{id}", caller);

    private Task<JsonElement> PollPlatformAsync(Guid id, Caller caller) => PollAsync($"/api/videos/{id}", caller);

    /// <summary>Polls a video as its clients do until it is no longer queued or in progress; it must have completed.</summary>
    private async Task<JsonElement> PollAsync(string path, Caller caller)
    {
        var video = await Eventually.Until(async () => await GatewayClient.ExpectAsync(await Api.GetAsync(path, caller), HttpStatusCode.OK),
            v => v.GetProperty("status").GetString() is not ("queued" or "in_progress"), $"{path} was made", Making, Studio.PollInterval);
        video.GetProperty("status").GetString().Should().Be("completed", video.ToString());
        return video;
    }

    private async Task CheckVideoAsync(byte[] bytes, string name, double seconds, int width, int height)
    {
        var path = _media.PathOf(name);
        await File.WriteAllBytesAsync(path, bytes);
        var probed = await ProbedMedia.OfAsync(path);
        (probed.Video.Codec, probed.Video.Width, probed.Video.Height).Should().Be(("h264", width, height));
        probed.Audio.Codec.Should().Be("aac");
        probed.DurationSeconds.Should().BeApproximately(seconds, 0.15);
    }
}
