using AiVideo.BuildingBlocks.Outbox;
using AiVideo.Contracts;

namespace AiVideo.MediaStorage.FunctionalTests;

/// <summary><c>POST /api/files</c>: small files sent in the request, as a form or as base64 JSON, with the same checks and events as uploads.</summary>
public abstract class DirectUploadTests(MediaFixture media)
{
    [Fact]
    public async Task A_form_upload_is_recognised_measured_stored_and_announced()
    {
        var account = await media.SignUpAsync();
        var image = TestContent.Png(320, 200);
        var project = Guid.NewGuid();
        var scene = Guid.NewGuid();
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(image.ToArray()) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } }, "file", "storyboard frame.png" },
            { new StringContent("scene-image"), "purpose" },
            { new StringContent(project.ToString()), "projectId" },
            { new StringContent(scene.ToString()), "sceneId" },
        };

        var response = await media.SendAsync(HttpMethod.Post, "/api/files", account.Token, configure: r => r.Content = form);

        await Uploader.Expect(response, HttpStatusCode.Created);
        var file = await response.Content.ReadFromJsonAsync<JsonElement>();
        var fileId = file.GetProperty("id").GetGuid();
        response.Headers.Location!.ToString().Should().Be($"/api/files/{fileId}");
        file.GetProperty("fileName").GetString().Should().Be("storyboard frame.png");
        file.GetProperty("status").GetString().Should().Be("available");
        file.GetProperty("width").GetInt32().Should().Be(320);
        file.GetProperty("height").GetInt32().Should().Be(200);
        file.GetProperty("projectId").GetGuid().Should().Be(project);
        (await ContentAsync(account, fileId)).Should().Equal(image.ToArray());
        var announced = await StoredEventsAsync<ImageStored>(fileId);
        announced.Should().ContainSingle();
        announced[0].GetProperty("sceneId").GetGuid().Should().Be(scene);
        announced[0].GetProperty("width").GetInt32().Should().Be(320);
        (await media.UsageAsync(account)).GetProperty("bytesUsed").GetInt64().Should().Be(image.Size);
    }

    [Fact]
    public async Task Base64_json_is_taken_with_or_without_a_data_url_prefix()
    {
        var account = await media.SignUpAsync();
        var image = TestContent.Png(64, 48, size: 3000);
        var base64 = Convert.ToBase64String(image.ToArray());

        var plain = await media.SendAsync(HttpMethod.Post, "/api/files", account.Token,
            new { fileName = "plain.png", contentType = "image/png", purpose = "company-asset", data = base64 });
        var dataUrl = await media.SendAsync(HttpMethod.Post, "/api/files", account.Token,
            new { fileName = "generated.png", purpose = "company-asset", data = $"data:image/png;base64,{base64}" });

        await Uploader.Expect(plain, HttpStatusCode.Created);
        await Uploader.Expect(dataUrl, HttpStatusCode.Created);
        var fromDataUrl = await dataUrl.Content.ReadFromJsonAsync<JsonElement>();
        fromDataUrl.GetProperty("contentType").GetString().Should().Be("image/png", "a data: URL's type stands in for a missing contentType");
        fromDataUrl.GetProperty("size").GetInt64().Should().Be(3000);
        (await ContentAsync(account, fromDataUrl.GetProperty("id").GetGuid())).Should().Equal(image.ToArray());
        (await ContentAsync(account, (await plain.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid())).Should().Equal(image.ToArray());
    }

    [Fact]
    public async Task Bytes_that_are_not_what_they_are_declared_as_are_refused_and_nothing_is_stored()
    {
        var account = await media.SignUpAsync();
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(TestContent.Mp3().ToArray()) { Headers = { ContentType = new MediaTypeHeaderValue("video/mp4") } }, "file", "clip.mp4" },
            { new StringContent("video-upload"), "purpose" },
        };

        var asJson = await media.SendAsync(HttpMethod.Post, "/api/files", account.Token,
            new { fileName = "photo.jpg", contentType = "image/jpeg", purpose = "company-asset", data = Convert.ToBase64String(TestContent.Png(4, 4).ToArray()) });
        var asForm = await media.SendAsync(HttpMethod.Post, "/api/files", account.Token, configure: r => r.Content = form);

        (await Uploader.ExpectProblem(asJson, HttpStatusCode.UnsupportedMediaType, "content_type_mismatch")).GetProperty("detectedContentType").GetString().Should().Be("image/png");
        (await Uploader.ExpectProblem(asForm, HttpStatusCode.UnsupportedMediaType, "content_type_mismatch")).GetProperty("detectedContentType").GetString().Should().Be("audio/mpeg");
        (await media.StoredObjectsAsync(account.CompanyId)).Should().BeEmpty();
        (await media.RegisteredFilesAsync(account.CompanyId)).Should().BeEmpty();
    }

    [Fact]
    public async Task Bodies_that_cannot_be_read_as_a_file_are_refused()
    {
        var account = await media.SignUpAsync();
        using var noFile = new MultipartFormDataContent { { new StringContent("company-asset"), "purpose" } };

        var notBase64 = await media.SendAsync(HttpMethod.Post, "/api/files", account.Token,
            new { fileName = "x.png", contentType = "image/png", purpose = "company-asset", data = "not base64!" });
        var notBase64DataUrl = await media.SendAsync(HttpMethod.Post, "/api/files", account.Token,
            new { fileName = "x.png", purpose = "company-asset", data = "data:image/png,rawtext" });
        var formWithoutFile = await media.SendAsync(HttpMethod.Post, "/api/files", account.Token, configure: r => r.Content = noFile);
        var plainText = await media.SendAsync(HttpMethod.Post, "/api/files", account.Token, configure: r => r.Content = new StringContent("hello"));

        (await Uploader.ExpectProblem(notBase64, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("data", out _).Should().BeTrue();
        (await Uploader.ExpectProblem(notBase64DataUrl, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("data", out _).Should().BeTrue();
        (await Uploader.ExpectProblem(formWithoutFile, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("file", out _).Should().BeTrue();
        await Uploader.ExpectProblem(plainText, HttpStatusCode.UnsupportedMediaType, "unsupported_body");
        (await media.RegisteredFilesAsync(account.CompanyId)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("{\"data\": 5}", "data")]
    [InlineData("{\"fileName\": \"x.png\", \"projectId\": \"not-a-guid\"}", "projectId")]
    [InlineData("{\"fileName\": ", "fileName")]
    [InlineData("[1, 2]", "body")]
    public async Task Json_that_is_not_a_file_is_a_bad_request(string json, string field)
    {
        var account = await media.SignUpAsync();

        var response = await media.SendAsync(HttpMethod.Post, "/api/files", account.Token,
            configure: r => r.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        (await Uploader.ExpectProblem(response, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue();
        (await media.RegisteredFilesAsync(account.CompanyId)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_form_that_cannot_be_read_is_a_bad_request()
    {
        var account = await media.SignUpAsync();
        var noBoundary = new StringContent("--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc\r\n--x--\r\n");
        noBoundary.Headers.ContentType = new MediaTypeHeaderValue("multipart/form-data");

        var response = await media.SendAsync(HttpMethod.Post, "/api/files", account.Token, configure: r => r.Content = noBoundary);

        (await Uploader.ExpectProblem(response, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("body", out _).Should().BeTrue();
        (await media.RegisteredFilesAsync(account.CompanyId)).Should().BeEmpty();
    }

    /// <summary>Base64 as encoders write it: MIME line breaks, escaped slashes, an upper-case data: URL.</summary>
    [Fact]
    public async Task Base64_with_line_breaks_and_json_escapes_is_decoded_as_it_is_read()
    {
        var account = await media.SignUpAsync();
        var image = TestContent.Png(40, 30, size: 5000);
        var wrapped = Convert.ToBase64String(image.ToArray(), Base64FormattingOptions.InsertLineBreaks);
        var escaped = wrapped.Replace("/", "\\/", StringComparison.Ordinal).Replace("\r\n", "\\r\\n", StringComparison.Ordinal);
        var json = $$"""{"fileName":"wrapped.png","purpose":"company-asset","data":"DATA:image/png;BASE64,{{escaped}}"}""";

        var response = await media.SendAsync(HttpMethod.Post, "/api/files", account.Token, configure: r =>
            r.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        wrapped.Should().Contain("\r\n");
        await Uploader.Expect(response, HttpStatusCode.Created);
        var file = await response.Content.ReadFromJsonAsync<JsonElement>();
        file.GetProperty("contentType").GetString().Should().Be("image/png");
        (await ContentAsync(account, file.GetProperty("id").GetGuid())).Should().Equal(image.ToArray());
    }

    /// <summary>
    /// A 24 MB clip is 32 MB of base64, above Kestrel's default 30 MB body limit: the route's own limit is set by routing,
    /// before the idempotency store reads the body, so the request is taken with an Idempotency-Key as without.
    /// </summary>
    [Fact]
    public async Task A_file_near_the_direct_upload_limit_is_taken_with_an_idempotency_key()
    {
        var account = await media.SignUpAsync();
        var clip = TestContent.Mp4(24L * 1024 * 1024);
        // Written as a browser's JSON.stringify would, without escaping base64's '+'.
        var json = $$"""{"fileName":"clip.mp4","contentType":"video/mp4","purpose":"video-upload","data":"{{Convert.ToBase64String(clip.ToArray())}}"}""";

        var response = await media.SendAsync(HttpMethod.Post, "/api/files", account.Token, configure: r =>
        {
            r.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
            r.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        });

        await Uploader.Expect(response, HttpStatusCode.Created);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("size").GetInt64().Should().Be(clip.Size);
    }

    [Fact]
    public async Task A_file_larger_than_its_kind_allows_is_refused()
    {
        var account = await media.SignUpAsync();
        var image = TestContent.Png(4000, 3000, size: 21L * 1024 * 1024);
        using var form = new MultipartFormDataContent
        {
            { image.ToHttpContent(0, image.Size, "image/png"), "file", "huge.png" },
            { new StringContent("company-asset"), "purpose" },
        };

        var response = await media.SendAsync(HttpMethod.Post, "/api/files", account.Token, configure: r => r.Content = form);

        (await Uploader.ExpectProblem(response, HttpStatusCode.RequestEntityTooLarge, "file_too_large")).GetProperty("maxBytes").GetInt64().Should().Be(20L * 1024 * 1024);
        (await media.RegisteredFilesAsync(account.CompanyId)).Should().BeEmpty();
    }

    [Fact]
    public async Task The_same_idempotency_key_stores_the_file_once()
    {
        var account = await media.SignUpAsync();
        var body = new { fileName = "once.png", contentType = "image/png", purpose = "company-asset", data = Convert.ToBase64String(TestContent.Png(4, 4).ToArray()) };
        var key = Guid.NewGuid().ToString();

        var first = await media.SendAsync(HttpMethod.Post, "/api/files", account.Token, body, r => r.Headers.Add("Idempotency-Key", key));
        var again = await media.SendAsync(HttpMethod.Post, "/api/files", account.Token, body, r => r.Headers.Add("Idempotency-Key", key));

        await Uploader.Expect(first, HttpStatusCode.Created);
        await Uploader.Expect(again, HttpStatusCode.Created);
        (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()
            .Should().Be((await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        (await media.RegisteredFilesAsync(account.CompanyId)).Should().ContainSingle();
        (await media.StoredObjectsAsync(account.CompanyId)).Should().ContainSingle();
        (await media.UsageAsync(account)).GetProperty("fileCount").GetInt32().Should().Be(1);
    }

    /// <summary>
    /// An Idempotency-Key holds the request's transaction open until the answer: the file's open upload must not wait for
    /// it, or a crash while the bytes are stored leaves an object no record points at and the sweep never removes.
    /// </summary>
    [Fact]
    public async Task With_an_idempotency_key_the_open_upload_is_committed_before_the_bytes_are_stored()
    {
        var account = await media.SignUpAsync();
        var body = new { fileName = "held.png", contentType = "image/png", purpose = "company-asset", data = Convert.ToBase64String(TestContent.Png(8, 8).ToArray()) };
        var (entered, release) = media.StorageWrites.Arm($"companies/{account.CompanyId:D}/");

        var sending = media.SendAsync(HttpMethod.Post, "/api/files", account.Token, body, r => r.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString()));
        List<Domain.Uploads.Upload> whileStoring;
        List<Domain.Files.StoredFile> filesWhileStoring;
        try
        {
            await entered.WaitAsync(TimeSpan.FromMinutes(1));
            await using var db = media.OpenDatabase();
            whileStoring = await db.Uploads.AsNoTracking().Where(u => u.CompanyId == account.CompanyId).ToListAsync();
            filesWhileStoring = await db.Files.AsNoTracking().Where(f => f.CompanyId == account.CompanyId).ToListAsync();
        }
        finally
        {
            release();
        }
        var response = await sending;

        whileStoring.Should().ContainSingle("the sweep finds the open upload from another connection while the bytes are stored")
            .Which.CompletedAt.Should().BeNull();
        filesWhileStoring.Should().ContainSingle().Which.StorageKey.Should().Be(whileStoring[0].StorageKey);
        await Uploader.Expect(response, HttpStatusCode.Created);
        await using var after = media.OpenDatabase();
        (await after.Uploads.AsNoTracking().SingleAsync(u => u.CompanyId == account.CompanyId)).CompletedAt.Should().NotBeNull();
        (await media.UsageAsync(account)).GetProperty("fileCount").GetInt32().Should().Be(1);
    }

    private async Task<byte[]> ContentAsync(Account account, Guid fileId)
    {
        var response = await media.SendAsync(HttpMethod.Get, $"/api/files/{fileId}/content", account.Token);
        await Uploader.Expect(response, HttpStatusCode.OK);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The stored events the outbox holds for the file (published or about to be).</summary>
    private async Task<List<JsonElement>> StoredEventsAsync<TEvent>(Guid fileId)
    {
        await using var db = media.OpenDatabase();
        var payloads = await db.Set<OutboxMessage>().Where(m => m.MessageType == typeof(TEvent).FullName).Select(m => m.Payload).ToListAsync();
        return payloads.Select(p => JsonDocument.Parse(p).RootElement.Clone()).Where(e => e.GetProperty("fileId").GetGuid() == fileId).ToList();
    }
}

public sealed class FileSystemDirectUploadTests(FileSystemMediaFixture media) : DirectUploadTests(media), IClassFixture<FileSystemMediaFixture>;

public sealed class S3DirectUploadTests(S3MediaFixture media) : DirectUploadTests(media), IClassFixture<S3MediaFixture>;
