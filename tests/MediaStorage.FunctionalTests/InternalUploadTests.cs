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
