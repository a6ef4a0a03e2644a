using AiVideo.Contracts;

namespace AiVideo.MediaStorage.FunctionalTests;

/// <summary>
/// generation-api uploading on behalf of a company with a service token: the same protocol as clients, and the stored
/// events carry back the request and user ids it gave.
/// </summary>
public abstract class InternalUploadTests(MediaFixture media)
{
    private readonly Uploader _uploader = new(media);

    [Fact]
    public async Task A_generated_image_is_uploaded_for_a_company_and_its_event_carries_the_request_back()
    {
        var account = await media.SignUpAsync();
        var serviceToken = await media.ServiceTokenAsync();
        await using var probe = await RabbitMqProbe.BindAsync<ImageStored>(media.Media.EventBusConnectionString);
        var (project, scene, request) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var image = TestContent.Png(1024, 576);

        var created = await media.SendAsync(HttpMethod.Post, "/internal/uploads", serviceToken, new
        {
            companyId = account.CompanyId,
            userId = account.UserId,
            requestId = request,
            file = new { fileName = "scene-1.png", contentType = "image/png", size = image.Size, purpose = "generated", projectId = project, sceneId = scene },
        });
        await Uploader.Expect(created, HttpStatusCode.Created);
        var ticket = await created.Content.ReadFromJsonAsync<JsonElement>();
        await _uploader.SendAsync(ticket, image, "image/png");
        var completed = await media.SendAsync(HttpMethod.Post,
            $"/internal/uploads/{ticket.GetProperty("uploadId").GetGuid()}/complete?companyId={account.CompanyId}", serviceToken, new { });

        await Uploader.Expect(completed, HttpStatusCode.OK);
        var fileId = (await completed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await Eventually.True(async () => await probe.CountAsync() >= 1, "ImageStored was published");
        var stored = (await probe.DrainMessagesAsync()).Single(m => m.GetProperty("fileId").GetGuid() == fileId);
        stored.GetProperty("requestId").GetGuid().Should().Be(request);
        stored.GetProperty("userId").GetGuid().Should().Be(account.UserId);
        stored.GetProperty("companyId").GetGuid().Should().Be(account.CompanyId);
        stored.GetProperty("purpose").GetString().Should().Be("generated");
        stored.GetProperty("width").GetInt32().Should().Be(1024);
        stored.GetProperty("storageKey").GetString().Should().Be($"companies/{account.CompanyId:D}/projects/{project:D}/scenes/{scene:D}/images/{fileId:D}.png");
        var mine = await (await media.SendAsync(HttpMethod.Get, $"/api/files/{fileId}", account.Token)).Content.ReadFromJsonAsync<JsonElement>();
        mine.GetProperty("purpose").GetString().Should().Be("generated", "the company's users see what was generated for them");
    }

    [Fact]
    public async Task A_generated_clip_sent_in_the_request_is_stored_and_announced_with_its_request()
    {
        var account = await media.SignUpAsync();
        var serviceToken = await media.ServiceTokenAsync();
        await using var probe = await RabbitMqProbe.BindAsync<VideoStored>(media.Media.EventBusConnectionString);
        var (project, request) = (Guid.NewGuid(), Guid.NewGuid());
        var clip = TestContent.Mp4(50_000);

        var response = await media.SendAsync(HttpMethod.Post, "/internal/files", serviceToken, new
        {
            companyId = account.CompanyId,
            requestId = request,
            file = new { fileName = "final.mp4", purpose = "generated", projectId = project, data = $"data:video/mp4;base64,{Convert.ToBase64String(clip.ToArray())}" },
        });

        await Uploader.Expect(response, HttpStatusCode.Created);
        var fileId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await Eventually.True(async () => await probe.CountAsync() >= 1, "VideoStored was published");
        var stored = (await probe.DrainMessagesAsync()).Single(m => m.GetProperty("fileId").GetGuid() == fileId);
        stored.GetProperty("requestId").GetGuid().Should().Be(request);
        stored.GetProperty("projectId").GetGuid().Should().Be(project);
        stored.GetProperty("storageKey").GetString().Should().Be($"companies/{account.CompanyId:D}/projects/{project:D}/final/{fileId:D}.mp4");
        (await media.UsageAsync(account)).GetProperty("bytesUsed").GetInt64().Should().Be(clip.Size);
    }

    [Fact]
    public async Task An_output_of_a_request_is_stored_once_and_asking_again_answers_the_stored_file_without_a_second_event()
    {
        var account = await media.SignUpAsync();
        var serviceToken = await media.ServiceTokenAsync();
        await using var probe = await RabbitMqProbe.BindAsync<ImageStored>(media.Media.EventBusConnectionString);
        var (project, scene, request) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var image = TestContent.Png(64, 36);
        object Body() => new
        {
            companyId = account.CompanyId, requestId = request, output = "image",
            file = new { fileName = "scene.png", contentType = "image/png", size = image.Size, purpose = "generated", projectId = project, sceneId = scene },
        };

        var created = await media.SendAsync(HttpMethod.Post, "/internal/uploads", serviceToken, Body());
        await Uploader.Expect(created, HttpStatusCode.Created);
        var ticket = await created.Content.ReadFromJsonAsync<JsonElement>();
        await _uploader.SendAsync(ticket, image, "image/png");
        await Uploader.Expect(await media.SendAsync(HttpMethod.Post,
            $"/internal/uploads/{ticket.GetProperty("uploadId").GetGuid()}/complete?companyId={account.CompanyId}", serviceToken, new { }), HttpStatusCode.OK);
        var again = await media.SendAsync(HttpMethod.Post, "/internal/uploads", serviceToken, Body());
        var direct = await media.SendAsync(HttpMethod.Post, "/internal/files", serviceToken, new
        {
            companyId = account.CompanyId, requestId = request, output = "image",
            file = new { fileName = "scene.png", purpose = "generated", projectId = project, sceneId = scene, data = $"data:image/png;base64,{Convert.ToBase64String(image.ToArray())}" },
        });

        await Uploader.Expect(again, HttpStatusCode.OK);
        var stored = await again.Content.ReadFromJsonAsync<JsonElement>();
        stored.GetProperty("id").GetGuid().Should().Be(ticket.GetProperty("fileId").GetGuid());
        stored.GetProperty("status").GetString().Should().Be("available");
        (await direct.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid().Should().Be(stored.GetProperty("id").GetGuid());
        await Eventually.True(async () => await probe.CountAsync() >= 1, "ImageStored was published");
        (await probe.DrainMessagesAsync()).Should().ContainSingle("the output was stored once");
        (await media.RegisteredFilesAsync(account.CompanyId)).Should().ContainSingle();
        (await media.UsageAsync(account)).GetProperty("bytesUsed").GetInt64().Should().Be(image.Size);
    }

    [Fact]
    public async Task An_output_whose_upload_never_finished_is_uploaded_afresh_and_the_abandoned_one_leaves_nothing()
    {
        var account = await media.SignUpAsync();
        var serviceToken = await media.ServiceTokenAsync();
        var request = Guid.NewGuid();
        var clip = TestContent.Mp4(40_000);
        object Body() => new
        {
            companyId = account.CompanyId, requestId = request, output = "clip",
            file = new { fileName = "clip.mp4", contentType = "video/mp4", size = clip.Size, purpose = "generated", projectId = Guid.NewGuid() },
        };
        var abandoned = await (await media.SendAsync(HttpMethod.Post, "/internal/uploads", serviceToken, Body())).Content.ReadFromJsonAsync<JsonElement>();
        await _uploader.SendAsync(abandoned, clip, "video/mp4");

        var fresh = await media.SendAsync(HttpMethod.Post, "/internal/uploads", serviceToken, Body());

        await Uploader.Expect(fresh, HttpStatusCode.Created);
        var ticket = await fresh.Content.ReadFromJsonAsync<JsonElement>();
        ticket.GetProperty("fileId").GetGuid().Should().NotBe(abandoned.GetProperty("fileId").GetGuid());
        (await media.RegisteredFilesAsync(account.CompanyId)).Select(f => f.Id).Should().Equal(ticket.GetProperty("fileId").GetGuid());
        (await media.StoredObjectsAsync(account.CompanyId)).Should().BeEmpty("the abandoned upload's object was deleted");
        (await media.UsageAsync(account)).GetProperty("reservedBytes").GetInt64().Should().Be(clip.Size, "only the fresh upload holds a reservation");
        await Uploader.ExpectProblem(await media.SendAsync(HttpMethod.Post,
            $"/internal/uploads/{abandoned.GetProperty("uploadId").GetGuid()}/complete?companyId={account.CompanyId}", serviceToken, new { }), HttpStatusCode.Gone);
    }

    [Fact]
    public async Task An_output_needs_its_request_and_a_plain_name()
    {
        var account = await media.SignUpAsync();
        var serviceToken = await media.ServiceTokenAsync();
        var file = new { fileName = "x.png", contentType = "image/png", size = 4096, purpose = "generated" };

        var noRequest = await media.SendAsync(HttpMethod.Post, "/internal/uploads", serviceToken, new { companyId = account.CompanyId, output = "image", file });
        var badName = await media.SendAsync(HttpMethod.Post, "/internal/uploads", serviceToken,
            new { companyId = account.CompanyId, requestId = Guid.NewGuid(), output = "../Image", file });

        (await Uploader.ExpectProblem(noRequest, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("output", out _).Should().BeTrue();
        (await Uploader.ExpectProblem(badName, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("output", out _).Should().BeTrue();
        (await media.RegisteredFilesAsync(account.CompanyId)).Should().BeEmpty();
    }

    [Fact]
    public async Task Captions_of_a_generated_video_are_stored_as_webvtt_and_anything_else_declared_as_webvtt_is_refused()
    {
        var account = await media.SignUpAsync();
        var serviceToken = await media.ServiceTokenAsync();
        var project = Guid.NewGuid();
        var vtt = "WEBVTT\n\n00:00:00.150 --> 00:00:02.000\nA bright morning.\n"u8.ToArray();
        object Body(byte[] data) => new
        {
            companyId = account.CompanyId, requestId = Guid.NewGuid(),
            file = new { fileName = "captions.vtt", contentType = "text/vtt", purpose = "generated", projectId = project, data = Convert.ToBase64String(data) },
        };

        var stored = await media.SendAsync(HttpMethod.Post, "/internal/files", serviceToken, Body(vtt));
        var notCaptions = await media.SendAsync(HttpMethod.Post, "/internal/files", serviceToken, Body("1\n00:00:00,150 --> 00:00:02,000\nSRT\n"u8.ToArray()));

        await Uploader.Expect(stored, HttpStatusCode.Created);
        var file = await stored.Content.ReadFromJsonAsync<JsonElement>();
        var fileId = file.GetProperty("id").GetGuid();
        (await media.RegisteredFilesAsync(account.CompanyId)).Single().StorageKey.Should().Be($"companies/{account.CompanyId:D}/projects/{project:D}/final/{fileId:D}.vtt");
        var content = await media.SendAsync(HttpMethod.Get, $"/internal/files/{fileId}/content?companyId={account.CompanyId}", serviceToken);
        content.Content.Headers.ContentType!.MediaType.Should().Be("text/vtt");
        (await content.Content.ReadAsByteArrayAsync()).Should().Equal(vtt);
        await Uploader.ExpectProblem(notCaptions, HttpStatusCode.UnsupportedMediaType, "content_type_mismatch");
        (await media.SendAsync(HttpMethod.Get, $"/internal/files/{fileId}/content?companyId={Guid.NewGuid()}", serviceToken))
            .StatusCode.Should().Be(HttpStatusCode.NotFound, "another company's file is not found");
    }

    [Fact]
    public async Task Internal_routes_take_service_tokens_only_and_user_routes_take_user_tokens_only()
    {
        var account = await media.SignUpAsync();
        var serviceToken = await media.ServiceTokenAsync();
        var body = new { companyId = account.CompanyId, file = new { fileName = "x.png", contentType = "image/png", size = 4096, purpose = "generated" } };

        var asUser = await media.SendAsync(HttpMethod.Post, "/internal/uploads", account.Token, body);
        var anonymous = await media.SendAsync(HttpMethod.Post, "/internal/uploads", token: null, body);
        var serviceOnUserRoute = await media.SendAsync(HttpMethod.Post, "/api/uploads", serviceToken,
            new { fileName = "x.png", contentType = "image/png", size = 4096, purpose = "company-asset" });

        asUser.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        serviceOnUserRoute.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await media.RegisteredFilesAsync(account.CompanyId)).Should().BeEmpty();
    }

    [Fact]
    public async Task Internal_requests_without_a_company_or_a_file_are_bad_requests()
    {
        var serviceToken = await media.ServiceTokenAsync();
        var file = new { fileName = "x.png", contentType = "image/png", size = 4096, purpose = "generated" };

        var noCompany = await media.SendAsync(HttpMethod.Post, "/internal/uploads", serviceToken, new { file });
        var noFile = await media.SendAsync(HttpMethod.Post, "/internal/uploads", serviceToken, new { companyId = Guid.NewGuid() });
        var noDirectFile = await media.SendAsync(HttpMethod.Post, "/internal/files", serviceToken, new { companyId = Guid.NewGuid() });
        var completeForNoCompany = await media.SendAsync(HttpMethod.Post, $"/internal/uploads/{Guid.NewGuid()}/complete", serviceToken, new { });

        (await Uploader.ExpectProblem(noCompany, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("companyId", out _).Should().BeTrue();
        (await Uploader.ExpectProblem(noFile, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("file", out _).Should().BeTrue();
        (await Uploader.ExpectProblem(noDirectFile, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("file", out _).Should().BeTrue();
        await Uploader.ExpectProblem(completeForNoCompany, HttpStatusCode.BadRequest);
        await using var db = media.OpenDatabase();
        (await db.Files.AnyAsync(f => f.CompanyId == Guid.Empty)).Should().BeFalse();
    }

    [Fact]
    public async Task Completing_an_internal_upload_for_another_company_finds_nothing()
    {
        var account = await media.SignUpAsync();
        var serviceToken = await media.ServiceTokenAsync();
        var created = await media.SendAsync(HttpMethod.Post, "/internal/uploads", serviceToken,
            new { companyId = account.CompanyId, file = new { fileName = "x.png", contentType = "image/png", size = 4096, purpose = "generated" } });
        await Uploader.Expect(created, HttpStatusCode.Created);
        var ticket = await created.Content.ReadFromJsonAsync<JsonElement>();
        await _uploader.SendAsync(ticket, TestContent.Png(4, 4), "image/png");

        var wrongCompany = await media.SendAsync(HttpMethod.Post,
            $"/internal/uploads/{ticket.GetProperty("uploadId").GetGuid()}/complete?companyId={Guid.NewGuid()}", serviceToken, new { });

        await Uploader.ExpectProblem(wrongCompany, HttpStatusCode.NotFound);
        (await media.RegisteredFilesAsync(account.CompanyId)).Single().Status.Should().Be(Domain.Files.FileStatus.Uploading);
    }
}

public sealed class FileSystemInternalUploadTests(FileSystemMediaFixture media) : InternalUploadTests(media), IClassFixture<FileSystemMediaFixture>;

public sealed class S3InternalUploadTests(S3MediaFixture media) : InternalUploadTests(media), IClassFixture<S3MediaFixture>;
