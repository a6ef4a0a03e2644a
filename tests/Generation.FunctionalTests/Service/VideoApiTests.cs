using System.Net.Http.Headers;

namespace AiVideo.Generation.FunctionalTests.Service;

/// <summary>
/// The text-to-video API as its clients use it: <c>/v1/videos</c> in OpenAI's shape with an API key (create, poll,
/// download, remix, list, delete), <c>/api/videos</c> in the platform's, and every bad input a clear 4xx that starts
/// nothing.
/// </summary>
public sealed class VideoApiTests(GenerationFixture system) : IClassFixture<GenerationFixture>, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("generation-videos-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task A_client_written_for_openais_video_api_creates_polls_downloads_remixes_lists_and_deletes_a_video()
    {
        var account = await system.SignUpAsync();
        var key = await system.ApiKeyTokenAsync(account, Scopes.GenerationRun);

        var created = await system.GenerationAsync(HttpMethod.Post, "/v1/videos", key, new { model = "sora-2", prompt = "A paper boat on a rainy street", seconds = "4", size = "1280x720" });

        created.StatusCode.Should().Be(HttpStatusCode.OK, await created.Content.ReadAsStringAsync());
        var video = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = video.GetProperty("id").GetString()!;
        id.Should().MatchRegex("^video_[0-9a-f]{32}$");
        video.GetProperty("object").GetString().Should().Be("video");
        video.GetProperty("status").GetString().Should().Be("queued");
        (video.GetProperty("model").GetString(), video.GetProperty("seconds").GetString(), video.GetProperty("size").GetString())
            .Should().Be(("sora-2", "4", "1280x720"));
        video.GetProperty("created_at").GetInt64().Should().BeCloseTo(DateTimeOffset.UtcNow.ToUnixTimeSeconds(), 60);
        video.GetProperty("progress").GetInt32().Should().Be(0);
        video.GetProperty("remixed_from_video_id").ValueKind.Should().Be(JsonValueKind.Null);
        video.GetProperty("error").ValueKind.Should().Be(JsonValueKind.Null);

        var completed = await PollAsync(key, id);
        completed.GetProperty("progress").GetInt32().Should().Be(100);
        completed.GetProperty("completed_at").GetInt64().Should().BeGreaterThanOrEqualTo(completed.GetProperty("created_at").GetInt64());

        var mp4 = Path.Combine(_folder.FullName, "video.mp4");
        using (var content = await system.GenerationAsync(HttpMethod.Get, $"/v1/videos/{id}/content", key))
        {
            content.StatusCode.Should().Be(HttpStatusCode.OK);
            content.Content.Headers.ContentType!.MediaType.Should().Be("video/mp4");
            await File.WriteAllBytesAsync(mp4, await content.Content.ReadAsByteArrayAsync());
        }
        var probed = MediaTools.Probe(mp4);
        (probed.Video.Width, probed.Video.Height).Should().Be((1280, 720));
        probed.DurationSeconds.Should().BeApproximately(4, 0.1);
        probed.Audio.Codec.Should().Be("aac");
        using (var thumbnail = await system.GenerationAsync(HttpMethod.Get, $"/v1/videos/{id}/content?variant=thumbnail", key))
        {
            thumbnail.Content.Headers.ContentType!.MediaType.Should().Be("image/jpeg");
            (await thumbnail.Content.ReadAsByteArrayAsync()).Take(3).Should().Equal(0xFF, 0xD8, 0xFF);
        }
        using (var ranged = await system.GenerationAsync(HttpMethod.Get, $"/v1/videos/{id}/content", key, configure: r => r.Headers.Range = new RangeHeaderValue(0, 99)))
        {
            ranged.StatusCode.Should().Be(HttpStatusCode.PartialContent);
            (await ranged.Content.ReadAsByteArrayAsync()).Should().HaveCount(100);
        }
        await ExpectOpenAiErrorAsync(await system.GenerationAsync(HttpMethod.Get, $"/v1/videos/{id}/content?variant=spritesheet", key), HttpStatusCode.BadRequest, "variant");
        var videoId = Guid.Parse(id["video_".Length..]);
        var native = await (await system.GenerationAsync(HttpMethod.Get, $"/api/videos/{videoId}", key)).Content.ReadFromJsonAsync<JsonElement>();
        (native.GetProperty("status").GetString(), native.GetProperty("size").GetString()).Should().Be(("completed", "1280x720"));
        native.GetProperty("durationSeconds").GetDouble().Should().BeApproximately(4, 0.1);
        using (var nativeContent = await system.GenerationAsync(HttpMethod.Get, $"/api/videos/{videoId}/content", key))
        {
            nativeContent.StatusCode.Should().Be(HttpStatusCode.OK);
            (await nativeContent.Content.ReadAsByteArrayAsync()).Should().Equal(await File.ReadAllBytesAsync(mp4), "both APIs serve the same file");
        }

        var remixed = await system.GenerationAsync(HttpMethod.Post, $"/v1/videos/{id}/remix", key, new { prompt = "The same boat, now at night" });
        remixed.StatusCode.Should().Be(HttpStatusCode.OK, await remixed.Content.ReadAsStringAsync());
        var remix = await remixed.Content.ReadFromJsonAsync<JsonElement>();
        remix.GetProperty("remixed_from_video_id").GetString().Should().Be(id);
        (remix.GetProperty("seconds").GetString(), remix.GetProperty("size").GetString()).Should().Be(("4", "1280x720"));
        var remixId = remix.GetProperty("id").GetString()!;
        await PollAsync(key, remixId);

        var first = await ListAsync(key, "?limit=1&order=asc");
        first.GetProperty("object").GetString().Should().Be("list");
        first.GetProperty("data").EnumerateArray().Select(v => v.GetProperty("id").GetString()).Should().Equal(id);
        first.GetProperty("has_more").GetBoolean().Should().BeTrue();
        first.GetProperty("first_id").GetString().Should().Be(id);
        var next = await ListAsync(key, $"?limit=1&order=asc&after={first.GetProperty("last_id").GetString()}");
        next.GetProperty("data").EnumerateArray().Select(v => v.GetProperty("id").GetString()).Should().Equal(remixId);
        next.GetProperty("has_more").GetBoolean().Should().BeFalse();
        (await ListAsync(key, "")).GetProperty("data").EnumerateArray().Select(v => v.GetProperty("id").GetString()).Should().Equal(remixId, id);
        var nativePage = await (await system.GenerationAsync(HttpMethod.Get, "/api/videos?limit=1", key)).Content.ReadFromJsonAsync<JsonElement>();
        nativePage.GetProperty("items").EnumerateArray().Select(v => v.GetProperty("remixedFromVideoId").GetGuid()).Should().Equal(videoId);
        var nativeNext = await (await system.GenerationAsync(HttpMethod.Get, $"/api/videos?limit=1&cursor={Uri.EscapeDataString(nativePage.GetProperty("nextCursor").GetString()!)}", key))
            .Content.ReadFromJsonAsync<JsonElement>();
        nativeNext.GetProperty("items").EnumerateArray().Select(v => v.GetProperty("id").GetGuid()).Should().Equal(videoId);

        var deleted = await system.GenerationAsync(HttpMethod.Delete, $"/v1/videos/{id}", key);
        deleted.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await deleted.Content.ReadFromJsonAsync<JsonElement>();
        (body.GetProperty("id").GetString(), body.GetProperty("object").GetString(), body.GetProperty("deleted").GetBoolean()).Should().Be((id, "video.deleted", true));
        await ExpectOpenAiErrorAsync(await system.GenerationAsync(HttpMethod.Get, $"/v1/videos/{id}", key), HttpStatusCode.NotFound, null);
        (await ListAsync(key, "")).GetProperty("data").EnumerateArray().Select(v => v.GetProperty("id").GetString()).Should().Equal(remixId);
        (await system.FilesAsync(account)).Should().HaveCount(2, "the deleted video's MP4 and thumbnail went; the remix's stayed");
    }

    [Fact]
    public async Task A_multipart_create_stores_its_input_reference_for_the_company_and_the_platform_shape_shows_it()
    {
        var account = await system.SignUpAsync();
        var form = new MultipartFormDataContent
        {
            { new StringContent("A lighthouse keeper's morning"), "prompt" },
            { new StringContent("8"), "seconds" },
            { new StringContent("720x1280"), "size" },
        };
        var picture = new ByteArrayContent(MediaUploads.Picture(720, 1280));
        picture.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(picture, "input_reference", "reference.png");

        var created = await system.GenerationAsync(HttpMethod.Post, "/v1/videos", account.Token, configure: r => r.Content = form);

        created.StatusCode.Should().Be(HttpStatusCode.OK, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var guid = Guid.Parse(id["video_".Length..]);
        var native = await (await system.GenerationAsync(HttpMethod.Get, $"/api/videos/{guid}", account.Token)).Content.ReadFromJsonAsync<JsonElement>();
        var reference = native.GetProperty("referenceFileId").GetGuid();
        native.GetProperty("model").GetString().Should().Be("local", "without a model the provider's default serves");
        native.GetProperty("seconds").GetDouble().Should().Be(8);
        var stored = (await system.FilesAsync(account)).Single(f => f.GetProperty("id").GetGuid() == reference);
        (stored.GetProperty("contentType").GetString(), stored.GetProperty("purpose").GetString(), stored.GetProperty("width").GetInt32())
            .Should().Be(("image/png", "generated", 720));
        var cancelled = await system.GenerationAsync(HttpMethod.Post, $"/api/generations/{guid}/cancel", account.Token, new { reason = "test done" });
        cancelled.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Every_bad_input_is_a_clear_4xx_that_starts_nothing()
    {
        var account = await system.SignUpAsync();
        var stranger = await system.SignUpAsync();
        var strangersPicture = await MediaUploads.StoreAsync(system, stranger, MediaUploads.Picture(64, 64), "p.png", "image/png", "company-asset");
        var ownAudio = await MediaUploads.StoreAsync(system, account, MediaUploads.Tone(1), "t.wav", "audio/wav", "audio");
        var filesBefore = (await system.FilesAsync(account)).Count;
        var openAi = new (object Body, string Param)[]
        {
            (new { prompt = "" }, "prompt"),
            (new { prompt = new string('a', 4001) }, "prompt"),
            (new { prompt = "A cat", size = "640x480" }, "size"),
            (new { prompt = "A cat", size = "1920x1080" }, "size"),
            (new { prompt = "A cat", seconds = "5" }, "seconds"),
            (new { prompt = "A cat", seconds = 4.5 }, "seconds"),
            (new { prompt = "A cat", model = "gpt-video-9" }, "model"),
            (new { prompt = "A cat", input_reference = strangersPicture.ToString() }, "input_reference"),
            (new { prompt = "A cat", input_reference = ownAudio.ToString() }, "input_reference"),
            (new { prompt = 42 }, "prompt"),
        };
        foreach (var (body, param) in openAi)
        {
            await ExpectOpenAiErrorAsync(await system.GenerationAsync(HttpMethod.Post, "/v1/videos", account.Token, body), HttpStatusCode.BadRequest, param);
        }
        await ExpectOpenAiErrorAsync(await system.GenerationAsync(HttpMethod.Post, "/v1/videos", account.Token,
            configure: r => r.Content = new StringContent("{\"prompt\": ", System.Text.Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest, "body");
        var text = new MultipartFormDataContent { { new StringContent("A cat"), "prompt" }, { new ByteArrayContent("hello"u8.ToArray()), "input_reference", "notes.txt" } };
        await ExpectOpenAiErrorAsync(await system.GenerationAsync(HttpMethod.Post, "/v1/videos", account.Token, configure: r => r.Content = text),
            HttpStatusCode.BadRequest, "input_reference");
        var disguised = new MultipartFormDataContent { { new StringContent("A cat"), "prompt" } };
        var fake = new ByteArrayContent("not really a png"u8.ToArray());
        fake.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        disguised.Add(fake, "input_reference", "fake.png");
        await ExpectOpenAiErrorAsync(await system.GenerationAsync(HttpMethod.Post, "/v1/videos", account.Token, configure: r => r.Content = disguised),
            HttpStatusCode.BadRequest, "input_reference");

        var native = new (object Body, string Field)[]
        {
            (new { prompt = "A cat", seconds = 500 }, "seconds"),
            (new { prompt = "A cat", seconds = 0 }, "seconds"),
            (new { prompt = "A cat", provider = "nonexistent" }, "provider"),
            (new { prompt = "A cat", size = "abc" }, "size"),
            (new { prompt = "   " }, "prompt"),
            (new { prompt = "A cat", referenceFileId = "not-an-id" }, "referenceFileId"),
        };
        foreach (var (body, field) in native)
        {
            var response = await system.GenerationAsync(HttpMethod.Post, "/api/videos", account.Token, body);
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest, $"{JsonSerializer.Serialize(body)}: {await response.Content.ReadAsStringAsync()}");
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue(field);
        }
        (await system.GenerationAsync(HttpMethod.Get, $"/api/videos/{Guid.NewGuid()}", account.Token)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        await ExpectOpenAiErrorAsync(await system.GenerationAsync(HttpMethod.Post, $"/v1/videos/video_{Guid.NewGuid():N}/remix", account.Token, new { prompt = "x" }),
            HttpStatusCode.NotFound, null);
        (await system.GenerationAsync(HttpMethod.Post, $"/api/generations/{Guid.NewGuid()}/cancel", account.Token)).StatusCode.Should().Be(HttpStatusCode.NotFound);

        await using (var db = system.OpenDatabase())
        {
            (await db.Jobs.CountAsync(j => j.CompanyId == account.CompanyId)).Should().Be(0, "no bad input started anything");
        }
        (await system.FilesAsync(account)).Should().HaveCount(filesBefore, "nothing was stored for a refused request");
    }

    [Fact]
    public async Task A_video_that_is_not_completed_cannot_be_remixed_or_downloaded_and_another_companys_is_not_found()
    {
        var account = await system.SignUpAsync();
        var stranger = await system.SignUpAsync();
        var created = await system.GenerationAsync(HttpMethod.Post, "/api/videos", account.Token, new { prompt = "A slow river", seconds = 12, size = "1280x720" });
        created.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var remix = await system.GenerationAsync(HttpMethod.Post, $"/v1/videos/video_{id:N}/remix", account.Token, new { prompt = "faster" });
        var content = await system.GenerationAsync(HttpMethod.Get, $"/api/videos/{id}/content", account.Token);
        var theirs = await system.GenerationAsync(HttpMethod.Get, $"/api/videos/{id}", stranger.Token);
        var theirDelete = await system.GenerationAsync(HttpMethod.Delete, $"/api/videos/{id}", stranger.Token);
        var theirCancel = await system.GenerationAsync(HttpMethod.Post, $"/api/generations/{id}/cancel", stranger.Token);

        var error = await ExpectOpenAiErrorAsync(remix, HttpStatusCode.Conflict, null);
        error.GetProperty("code").GetString().Should().Be("video_not_completed");
        var nativeRemix = await system.GenerationAsync(HttpMethod.Post, $"/api/videos/{id}/remix", account.Token, new { prompt = "faster" });
        nativeRemix.StatusCode.Should().Be(HttpStatusCode.Conflict);
        nativeRemix.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        content.StatusCode.Should().Be(HttpStatusCode.Conflict);
        theirs.StatusCode.Should().Be(HttpStatusCode.NotFound);
        theirDelete.StatusCode.Should().Be(HttpStatusCode.NotFound);
        theirCancel.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await system.GenerationAsync(HttpMethod.Delete, $"/api/videos/{id}", account.Token)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var job = await system.JobAsync(id, TimeSpan.FromSeconds(30), JobStatus.Cancelled);
        job.DeletedAt.Should().NotBeNull();
    }

    [Fact]
    public async Task Api_keys_need_generation_run_to_start_videos_and_may_read_them_with_media_read()
    {
        var account = await system.SignUpAsync();
        var reader = await system.ApiKeyTokenAsync(account, Scopes.MediaRead);
        var projectsOnly = await system.ApiKeyTokenAsync(account, Scopes.ProjectsRead);

        (await system.GenerationAsync(HttpMethod.Post, "/v1/videos", reader, new { prompt = "A cat" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await system.GenerationAsync(HttpMethod.Get, "/v1/videos", reader)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await system.GenerationAsync(HttpMethod.Get, "/v1/videos", projectsOnly)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await system.GenerationAsync(HttpMethod.Get, "/v1/videos", token: null)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_providers_are_listed_with_what_they_make_and_their_limits()
    {
        var account = await system.SignUpAsync();

        var response = await system.GenerationAsync(HttpMethod.Get, "/api/providers", account.Token);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var local = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().Single();
        local.GetProperty("name").GetString().Should().Be("local");
        local.GetProperty("isDefault").GetBoolean().Should().BeTrue();
        local.GetProperty("kinds").EnumerateArray().Select(k => k.GetString()).Should()
            .BeEquivalentTo(["storyboard", "image", "clip", "final", "text_to_video", "remix", "transcode"]);
        local.GetProperty("models").EnumerateArray().Select(m => m.GetString()).Should().Contain(["local", "sora-2"]);
        local.GetProperty("videoSizes").EnumerateArray().Select(m => m.GetString()).Should().Contain(["1280x720", "720x1280"]);
        local.GetProperty("maxConcurrency").GetInt32().Should().Be(Environment.ProcessorCount, "the local provider runs as many jobs as the machine has cores");
    }

    private async Task<JsonElement> PollAsync(string token, string id) =>
        await Eventually.Until(async () =>
        {
            var response = await system.GenerationAsync(HttpMethod.Get, $"/v1/videos/{id}", token);
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }, v => v.GetProperty("status").GetString() is "completed" or "failed", $"video {id} finished", TimeSpan.FromMinutes(4)) is var video
            && video.GetProperty("status").GetString() == "completed"
            ? video
            : throw new Xunit.Sdk.XunitException($"The video failed: {video}");

    private async Task<JsonElement> ListAsync(string token, string query)
    {
        var response = await system.GenerationAsync(HttpMethod.Get, $"/v1/videos{query}", token);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<JsonElement> ExpectOpenAiErrorAsync(HttpResponseMessage response, HttpStatusCode status, string? param)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, text);
        var error = JsonDocument.Parse(text).RootElement.GetProperty("error");
        error.GetProperty("message").GetString().Should().NotBeNullOrWhiteSpace();
        error.GetProperty("type").GetString().Should().Be("invalid_request_error");
        if (param is not null)
        {
            error.GetProperty("param").GetString().Should().Be(param, text);
        }
        return error;
    }
}
