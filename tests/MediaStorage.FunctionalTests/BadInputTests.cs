namespace AiVideo.MediaStorage.FunctionalTests;

/// <summary>
/// What media-api refuses, each with a problem+json that says why, and without leaving anything behind: no object in
/// storage, no file in the registry, no bytes held against the quota. Run with a 64 MB quota and 5 MB parts.
/// </summary>
public abstract class BadInputTests(MediaFixture media)
{
    private const long Megabyte = 1024 * 1024;
    private readonly Uploader _uploader = new(media);

    [Fact]
    public async Task A_png_declared_as_an_mp4_is_refused_with_what_was_found_and_leaves_nothing()
    {
        var account = await media.SignUpAsync();
        var png = TestContent.Png(640, 360);
        var ticket = await _uploader.CreateAsync(account, "holiday.mp4", "video/mp4", png.Size, "video-upload");
        await _uploader.SendAsync(ticket, png, "video/mp4");

        var completed = await _uploader.CompleteAsync(account, ticket, null);

        var problem = await Uploader.ExpectProblem(completed, HttpStatusCode.UnsupportedMediaType, "content_type_mismatch");
        problem.GetProperty("declaredContentType").GetString().Should().Be("video/mp4");
        problem.GetProperty("detectedContentType").GetString().Should().Be("image/png");
        problem.GetProperty("detail").GetString().Should().Contain("image/png");
        await ExpectNothingLeftAsync(account);
        (await media.SendAsync(HttpMethod.Get, $"/api/files/{ticket.GetProperty("fileId").GetGuid()}", account.Token))
            .StatusCode.Should().Be(HttpStatusCode.NotFound);
        await Uploader.ExpectProblem(await _uploader.CompleteAsync(account, ticket, null), HttpStatusCode.Gone, "upload_aborted");
    }

    [Fact]
    public async Task Bytes_shorter_than_declared_are_refused_as_unprocessable_and_leave_nothing()
    {
        var account = await media.SignUpAsync();
        var ticket = await _uploader.CreateAsync(account, "frame.png", "image/png", 4096, "company-asset");
        var shortFile = TestContent.Png(10, 10, size: 1000);
        // Stored through the port, as any store would hold a short body (how each backend's URL takes one is below).
        await media.Storage.PutAsync(await StorageKeyAsync(ticket), new MemoryStream(shortFile.ToArray()), 1000, "image/png", CancellationToken.None);

        var completed = await _uploader.CompleteAsync(account, ticket, null);

        var problem = await Uploader.ExpectProblem(completed, HttpStatusCode.UnprocessableEntity, "size_mismatch");
        problem.GetProperty("declaredSize").GetInt64().Should().Be(4096);
        problem.GetProperty("storedSize").GetInt64().Should().Be(1000);
        await ExpectNothingLeftAsync(account);
    }

    [Fact]
    public async Task Empty_and_oversize_declarations_are_refused()
    {
        var account = await media.SignUpAsync();

        var empty = await CreateAsync(account, "empty.png", "image/png", 0, "company-asset");
        var hugeImage = await CreateAsync(account, "huge.png", "image/png", 21 * Megabyte, "company-asset");
        var hugeVideo = await CreateAsync(account, "huge.mp4", "video/mp4", 6L * 1024 * Megabyte, "video-upload");

        (await Uploader.ExpectProblem(empty, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("size", out _).Should().BeTrue();
        (await Uploader.ExpectProblem(hugeImage, HttpStatusCode.RequestEntityTooLarge, "file_too_large")).GetProperty("maxBytes").GetInt64().Should().Be(20 * Megabyte);
        (await Uploader.ExpectProblem(hugeVideo, HttpStatusCode.RequestEntityTooLarge, "file_too_large")).GetProperty("maxBytes").GetInt64().Should().Be(5L * 1024 * Megabyte);
        await ExpectNothingLeftAsync(account);
    }

    [Fact]
    public async Task An_unknown_purpose_or_a_type_the_purpose_does_not_take_is_refused()
    {
        var account = await media.SignUpAsync();

        var unknown = await CreateAsync(account, "clip.mp4", "video/mp4", 4096, "backup");
        var internalOnly = await CreateAsync(account, "clip.mp4", "video/mp4", 4096, "generated");
        var notAnImage = await CreateAsync(account, "logo.mp4", "video/mp4", 4096, "company-asset");
        var notStored = await CreateAsync(account, "notes.txt", "text/plain", 4096, "video-upload");

        var purposes = (await Uploader.ExpectProblem(unknown, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("purpose")[0].GetString();
        purposes.Should().Contain("project-upload").And.Contain("video-upload").And.NotContain("generated");
        (await Uploader.ExpectProblem(internalOnly, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("purpose", out _).Should().BeTrue();
        await Uploader.ExpectProblem(notAnImage, HttpStatusCode.UnsupportedMediaType, "content_type_not_allowed");
        await Uploader.ExpectProblem(notStored, HttpStatusCode.UnsupportedMediaType, "unsupported_content_type");
        await ExpectNothingLeftAsync(account);
    }

    [Fact]
    public async Task A_completion_with_a_wrong_part_list_is_refused_and_the_upload_can_still_be_finished_or_abandoned()
    {
        var account = await media.SignUpAsync();
        var video = TestContent.Mp4(11 * Megabyte, seed: 5);
        var ticket = await _uploader.CreateAsync(account, "three parts.mp4", "video/mp4", video.Size, "video-upload");
        ticket.GetProperty("parts").GetArrayLength().Should().Be(3);
        var parts = await _uploader.SendAsync(ticket, video, "video/mp4");
        var key = await StorageKeyAsync(ticket);

        var missingPart = await _uploader.CompleteAsync(account, ticket, parts.Take(2).ToList());
        var repeatedPart = await _uploader.CompleteAsync(account, ticket, [parts[0], parts[1], parts[1]]);
        var wrongETag = await _uploader.CompleteAsync(account, ticket, [parts[0], parts[1], new { partNumber = 3, etag = "\"0123456789abcdef0123456789abcdef\"" }]);

        (await Uploader.ExpectProblem(missingPart, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("parts")[0].GetString().Should().Contain("3 part(s)");
        await Uploader.ExpectProblem(repeatedPart, HttpStatusCode.BadRequest);
        (await Uploader.ExpectProblem(wrongETag, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("parts")[0].GetString().Should().Contain("ETag");
        (await media.Storage.HeadAsync(key, CancellationToken.None)).Should().BeNull("no object is assembled from a wrong list");
        (await media.RegisteredFilesAsync(account.CompanyId)).Should().ContainSingle().Which.Status.Should().Be(Domain.Files.FileStatus.Uploading);

        await Uploader.Expect(await media.SendAsync(HttpMethod.Delete, $"/api/uploads/{ticket.GetProperty("uploadId").GetGuid()}", account.Token), HttpStatusCode.NoContent);

        await ExpectNothingLeftAsync(account);
        var upload = await UploadRecordAsync(ticket);
        (await media.Storage.CompleteMultipartAsync(key, upload.MultipartUploadId!,
            parts.Select(p => JsonSerializer.SerializeToElement(p)).Select(p => new CompletedPart(p.GetProperty("partNumber").GetInt32(), p.GetProperty("etag").GetString()!)).ToList(),
            CancellationToken.None)).Should().Be(MultipartCompletion.NoSuchUpload, "aborting removed the parts from storage");
        await Uploader.ExpectProblem(await _uploader.CompleteAsync(account, ticket, parts), HttpStatusCode.Gone, "upload_aborted");
    }

    [Fact]
    public async Task A_single_put_completed_with_a_part_list_or_before_its_bytes_arrive_is_refused()
    {
        var account = await media.SignUpAsync();
        var image = TestContent.Png(8, 8);
        var ticket = await _uploader.CreateAsync(account, "early.png", "image/png", image.Size, "company-asset");

        var tooEarly = await _uploader.CompleteAsync(account, ticket, null);
        var withParts = await _uploader.CompleteAsync(account, ticket, [new { partNumber = 1, etag = "\"abc\"" }]);

        await Uploader.ExpectProblem(tooEarly, HttpStatusCode.Conflict, "object_missing");
        await Uploader.ExpectProblem(withParts, HttpStatusCode.BadRequest);
        await _uploader.SendAsync(ticket, image, "image/png");
        await Uploader.Expect(await _uploader.CompleteAsync(account, ticket, null), HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_upload_past_the_quota_is_refused_counting_the_uploads_under_way()
    {
        var account = await media.SignUpAsync();
        var first = await _uploader.CreateAsync(account, "first.mp4", "video/mp4", 40 * Megabyte, "video-upload");
        var usage = await media.UsageAsync(account);
        usage.GetProperty("reservedBytes").GetInt64().Should().Be(40 * Megabyte);
        usage.GetProperty("remainingBytes").GetInt64().Should().Be(24 * Megabyte);

        var second = await CreateAsync(account, "second.mp4", "video/mp4", 30 * Megabyte, "video-upload");

        var problem = await Uploader.ExpectProblem(second, HttpStatusCode.RequestEntityTooLarge, "quota_exceeded");
        problem.GetProperty("quotaBytes").GetInt64().Should().Be(64 * Megabyte);
        problem.GetProperty("remainingBytes").GetInt64().Should().Be(24 * Megabyte);
        (await media.RegisteredFilesAsync(account.CompanyId)).Should().ContainSingle().Which.Id.Should().Be(first.GetProperty("fileId").GetGuid());

        await Uploader.Expect(await media.SendAsync(HttpMethod.Delete, $"/api/uploads/{first.GetProperty("uploadId").GetGuid()}", account.Token), HttpStatusCode.NoContent);
        await ExpectNothingLeftAsync(account);
        var retried = await _uploader.CreateAsync(account, "second.mp4", "video/mp4", 30 * Megabyte, "video-upload");
        await Uploader.Expect(await media.SendAsync(HttpMethod.Delete, $"/api/uploads/{retried.GetProperty("uploadId").GetGuid()}", account.Token), HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task A_direct_upload_past_the_quota_is_refused()
    {
        var account = await media.SignUpAsync();
        var held = await _uploader.CreateAsync(account, "held.mp4", "video/mp4", 64 * Megabyte - 100, "video-upload");

        var response = await media.SendAsync(HttpMethod.Post, "/api/files", account.Token,
            new { fileName = "logo.png", contentType = "image/png", purpose = "company-asset", data = Convert.ToBase64String(TestContent.Png(4, 4).ToArray()) });

        await Uploader.ExpectProblem(response, HttpStatusCode.RequestEntityTooLarge, "quota_exceeded");
        (await media.RegisteredFilesAsync(account.CompanyId)).Should().ContainSingle();
        await Uploader.Expect(await media.SendAsync(HttpMethod.Delete, $"/api/uploads/{held.GetProperty("uploadId").GetGuid()}", account.Token), HttpStatusCode.NoContent);
        await ExpectNothingLeftAsync(account);
    }

    [Theory]
    [InlineData("../../etc/passwd.png")]
    [InlineData("frames/first.png")]
    [InlineData("..\\windows\\first.png")]
    [InlineData("..")]
    [InlineData("line\nbreak.png")]
    public async Task A_file_name_that_is_a_path_is_refused(string fileName)
    {
        var account = await media.SignUpAsync();

        var upload = await CreateAsync(account, fileName, "image/png", 4096, "company-asset");
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(TestContent.Png(4, 4).ToArray()) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } }, "file", "ok.png" },
            { new StringContent(fileName), "fileName" },
            { new StringContent("company-asset"), "purpose" },
        };
        var direct = await media.SendAsync(HttpMethod.Post, "/api/files", account.Token, configure: r => r.Content = form);

        (await Uploader.ExpectProblem(upload, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("fileName", out _).Should().BeTrue();
        (await Uploader.ExpectProblem(direct, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("fileName", out _).Should().BeTrue();
        await ExpectNothingLeftAsync(account);
    }

    [Fact]
    public async Task A_name_with_quotes_and_accents_is_kept_as_a_label_and_never_reaches_the_storage_key()
    {
        var account = await media.SignUpAsync();
        const string name = "Ölfilm \"final\"; v2 %41.png";

        var file = await _uploader.UploadAsync(account, TestContent.Png(4, 4), "image/png", "company-asset", fileName: name);

        file.GetProperty("fileName").GetString().Should().Be(name);
        var stored = (await media.RegisteredFilesAsync(account.CompanyId)).Single();
        stored.StorageKey.Should().Be($"companies/{account.CompanyId:D}/assets/images/{stored.Id:D}.png");
        using var content = await media.SendAsync(HttpMethod.Get, $"/api/files/{stored.Id}/content", account.Token);
        var disposition = content.Content.Headers.ContentDisposition!;
        disposition.DispositionType.Should().Be("inline");
        disposition.FileName.Should().Be("_lfilm _final__ v2 _41.png");
        disposition.FileNameStar.Should().Be(name);
    }

    [Fact]
    public async Task File_content_is_never_sniffed_and_only_playable_media_is_shown_inline()
    {
        var account = await media.SignUpAsync();
        var font = new TestContent(4096, [(byte)'w', (byte)'O', (byte)'F', (byte)'F', 0, 1, 0, 0]);
        var fontFile = await _uploader.UploadAsync(account, font, "font/woff", "company-asset", fileName: "brand \"v2\".woff");
        var image = await _uploader.UploadAsync(account, TestContent.Png(4, 4), "image/png", "company-asset", fileName: "logo.png");

        using var fontContent = await media.SendAsync(HttpMethod.Get, $"/api/files/{fontFile.GetProperty("id").GetGuid()}/content", account.Token);
        using var imageContent = await media.SendAsync(HttpMethod.Get, $"/api/files/{image.GetProperty("id").GetGuid()}/content", account.Token);
        using var fontHead = await media.SendAsync(HttpMethod.Head, $"/api/files/{fontFile.GetProperty("id").GetGuid()}/content", account.Token);

        await Uploader.Expect(fontContent, HttpStatusCode.OK);
        fontContent.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        fontContent.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        fontContent.Content.Headers.ContentDisposition.FileName.Should().Be("brand _v2_.woff");
        fontContent.Content.Headers.ContentDisposition.FileNameStar.Should().Be("brand \"v2\".woff");
        fontHead.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        await Uploader.Expect(imageContent, HttpStatusCode.OK);
        imageContent.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        imageContent.Content.Headers.ContentDisposition!.DispositionType.Should().Be("inline");
    }

    [Fact]
    public async Task Another_companys_files_and_uploads_are_not_found()
    {
        var owner = await media.SignUpAsync();
        var stranger = await media.SignUpAsync();
        var file = await _uploader.UploadAsync(owner, TestContent.Png(4, 4), "image/png", "company-asset");
        var pending = await _uploader.CreateAsync(owner, "pending.png", "image/png", 4096, "company-asset");
        var fileId = file.GetProperty("id").GetGuid();
        var uploadId = pending.GetProperty("uploadId").GetGuid();

        var answers = new[]
        {
            await media.SendAsync(HttpMethod.Get, $"/api/files/{fileId}", stranger.Token),
            await media.SendAsync(HttpMethod.Get, $"/api/files/{fileId}/content", stranger.Token),
            await media.SendAsync(HttpMethod.Delete, $"/api/files/{fileId}", stranger.Token),
            await media.SendAsync(HttpMethod.Post, $"/api/uploads/{uploadId}/complete", stranger.Token, new { }),
            await media.SendAsync(HttpMethod.Delete, $"/api/uploads/{uploadId}", stranger.Token),
        };

        foreach (var answer in answers)
        {
            await Uploader.ExpectProblem(answer, HttpStatusCode.NotFound);
        }
        var strangersList = await (await media.SendAsync(HttpMethod.Get, "/api/files", stranger.Token)).Content.ReadFromJsonAsync<JsonElement>();
        strangersList.GetProperty("items").GetArrayLength().Should().Be(0);
        (await media.RegisteredFilesAsync(owner.CompanyId)).Should().HaveCount(2);
        (await media.StoredObjectsAsync(owner.CompanyId)).Should().ContainSingle();
        await Uploader.Expect(await media.SendAsync(HttpMethod.Get, $"/api/files/{fileId}/content", owner.Token), HttpStatusCode.OK);
    }

    protected async Task<Uri> DownloadUrlAsync(Account account, Guid fileId, int expiresIn)
    {
        var details = await media.SendAsync(HttpMethod.Get, $"/api/files/{fileId}?expiresIn={expiresIn}", account.Token);
        await Uploader.Expect(details, HttpStatusCode.OK);
        return new Uri((await details.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("downloadUrl").GetString()!);
    }

    private Task<HttpResponseMessage> CreateAsync(Account account, string fileName, string contentType, long size, string purpose) =>
        media.SendAsync(HttpMethod.Post, "/api/uploads", account.Token, new { fileName, contentType, size, purpose });

    /// <summary>Where the registry says the upload's bytes go.</summary>
    protected async Task<string> StorageKeyAsync(JsonElement ticket)
    {
        await using var db = media.OpenDatabase();
        var fileId = ticket.GetProperty("fileId").GetGuid();
        return (await db.Files.SingleAsync(f => f.Id == fileId)).StorageKey;
    }

    private async Task<Domain.Uploads.Upload> UploadRecordAsync(JsonElement ticket)
    {
        await using var db = media.OpenDatabase();
        var uploadId = ticket.GetProperty("uploadId").GetGuid();
        return await db.Uploads.SingleAsync(u => u.Id == uploadId);
    }

    /// <summary>Nothing of the company in storage or the registry, and nothing held against its quota.</summary>
    protected async Task ExpectNothingLeftAsync(Account account)
    {
        (await media.StoredObjectsAsync(account.CompanyId)).Should().BeEmpty();
        (await media.RegisteredFilesAsync(account.CompanyId)).Should().BeEmpty();
        var usage = await media.UsageAsync(account);
        usage.GetProperty("bytesUsed").GetInt64().Should().Be(0);
        usage.GetProperty("reservedBytes").GetInt64().Should().Be(0);
        usage.GetProperty("fileCount").GetInt32().Should().Be(0);
    }
}

public sealed class FileSystemBadInputTests(FileSystemLimitsFixture media) : BadInputTests(media), IClassFixture<FileSystemLimitsFixture>
{
    private readonly Uploader _uploader = new(media);

    /// <summary>
    /// The filesystem backend checks expiry with media-api's clock, so the test moves it on; S3's expiry is checked by
    /// s3rver against real time, which the storage contract suite waits out.
    /// </summary>
    [Fact]
    public async Task An_expired_signed_download_url_is_refused()
    {
        var account = await media.SignUpAsync();
        var file = await _uploader.UploadAsync(account, TestContent.Png(4, 4), "image/png", "company-asset");
        var download = await DownloadUrlAsync(account, file.GetProperty("id").GetGuid(), 60);
        (await media.Http.GetAsync(download)).StatusCode.Should().Be(HttpStatusCode.OK);

        media.Clock.Advance(TimeSpan.FromSeconds(61));

        var expired = await media.Http.GetAsync(download);
        expired.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await expired.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString().Should().Contain("expired");
    }

    /// <summary>
    /// The filesystem backend's own signatures. (S3 checks its signatures itself; s3rver does not verify V4 signatures,
    /// so there is nothing of ours to test against it.)
    /// </summary>
    [Fact]
    public async Task A_tampered_signed_url_is_refused()
    {
        var account = await media.SignUpAsync();
        var other = await media.SignUpAsync();
        var file = await _uploader.UploadAsync(account, TestContent.Png(4, 4), "image/png", "company-asset");
        var download = await DownloadUrlAsync(account, file.GetProperty("id").GetGuid(), 600);
        var ticket = await _uploader.CreateAsync(account, "next.png", "image/png", 4096, "company-asset");
        var put = new Uri(ticket.GetProperty("url").GetString()!);

        // Another company's prefix under the same signature, and a signature with one character changed.
        var otherKey = new Uri(download.ToString().Replace(account.CompanyId.ToString("D"), other.CompanyId.ToString("D"), StringComparison.Ordinal));
        var flipped = Tamper(download);
        var putElsewhere = new Uri(put.ToString().Replace(account.CompanyId.ToString("D"), other.CompanyId.ToString("D"), StringComparison.Ordinal));

        (await Uploader.ExpectProblem(await media.Http.GetAsync(otherKey), HttpStatusCode.Forbidden)).GetProperty("detail").GetString().Should().Contain("signature");
        (await Uploader.ExpectProblem(await media.Http.GetAsync(flipped), HttpStatusCode.Forbidden)).GetProperty("detail").GetString().Should().Contain("signature");
        var putResponse = await media.Http.PutAsync(putElsewhere, TestContent.Png(4, 4).ToHttpContent(0, 4096, "image/png"));
        putResponse.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await media.StoredObjectsAsync(other.CompanyId)).Should().BeEmpty();
        (await media.Http.GetAsync(download)).StatusCode.Should().Be(HttpStatusCode.OK, "the untouched link still works");
    }

    /// <summary>
    /// A URL writes only while its upload is open: once completed it cannot replace the verified object, once aborted
    /// it cannot leave an object nobody accounts for.
    /// </summary>
    [Fact]
    public async Task A_presigned_put_is_refused_once_its_upload_is_completed_or_aborted()
    {
        var account = await media.SignUpAsync();
        var image = TestContent.Png(4, 4);
        var completed = await _uploader.CreateAsync(account, "done.png", "image/png", image.Size, "company-asset");
        await _uploader.SendAsync(completed, image, "image/png");
        await Uploader.Expect(await _uploader.CompleteAsync(account, completed, null), HttpStatusCode.OK);
        var aborted = await _uploader.CreateAsync(account, "dropped.png", "image/png", image.Size, "company-asset");
        await Uploader.Expect(await media.SendAsync(HttpMethod.Delete, $"/api/uploads/{aborted.GetProperty("uploadId").GetGuid()}", account.Token),
            HttpStatusCode.NoContent);
        var other = TestContent.Png(4, 4, size: image.Size);
        var otherBytes = other.ToArray();
        otherBytes[^1] ^= 0xFF;

        var replace = await media.Http.PutAsync(completed.GetProperty("url").GetString(), new ByteArrayContent(otherBytes) { Headers = { ContentType = new("image/png") } });
        var late = await media.Http.PutAsync(aborted.GetProperty("url").GetString(), image.ToHttpContent(0, image.Size, "image/png"));

        (await Uploader.ExpectProblem(replace, HttpStatusCode.Forbidden)).GetProperty("detail").GetString().Should().Contain("no longer open");
        (await Uploader.ExpectProblem(late, HttpStatusCode.Forbidden)).GetProperty("detail").GetString().Should().Contain("no longer open");
        var content = await media.SendAsync(HttpMethod.Get, $"/api/files/{completed.GetProperty("fileId").GetGuid()}/content", account.Token);
        (await content.Content.ReadAsByteArrayAsync()).Should().Equal(image.ToArray());
        (await media.StoredObjectsAsync(account.CompanyId)).Should().ContainSingle();
    }

    [Fact]
    public async Task A_part_takes_at_most_its_signed_length()
    {
        var account = await media.SignUpAsync();
        var video = TestContent.Mp4(6L * 1024 * 1024);
        var ticket = await _uploader.CreateAsync(account, "clip.mp4", "video/mp4", video.Size, "video-upload");
        var lastPart = ticket.GetProperty("parts")[1].GetProperty("url").GetString()!;
        lastPart.Should().Contain($"X-Length={video.Size - 5L * 1024 * 1024}");

        var tooLong = await media.Http.PutAsync(lastPart, video.ToHttpContent(0, 2L * 1024 * 1024));

        (await Uploader.ExpectProblem(tooLong, HttpStatusCode.Forbidden)).GetProperty("detail").GetString().Should().Contain("at most");
        await Uploader.Expect(await media.Http.PutAsync(lastPart, video.ToHttpContent(5L * 1024 * 1024, video.Size - 5L * 1024 * 1024)), HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_signed_url_with_a_repeated_parameter_is_refused()
    {
        var account = await media.SignUpAsync();
        var ticket = await _uploader.CreateAsync(account, "frame.png", "image/png", 4096, "company-asset");
        var url = ticket.GetProperty("url").GetString();

        var longer = await media.Http.PutAsync($"{url}&X-Length=1", TestContent.Png(4, 4).ToHttpContent(0, 4096, "image/png"));
        var otherType = await media.Http.PutAsync($"{url}&X-Type=text%2Fhtml", TestContent.Png(4, 4).ToHttpContent(0, 4096, "image/png"));

        (await Uploader.ExpectProblem(longer, HttpStatusCode.Forbidden)).GetProperty("detail").GetString().Should().Contain("once");
        await Uploader.ExpectProblem(otherType, HttpStatusCode.Forbidden);
        (await media.StoredObjectsAsync(account.CompanyId)).Should().BeEmpty();
    }

    /// <summary>The same URL with the last character of its signature changed.</summary>
    private static Uri Tamper(Uri url)
    {
        var text = url.ToString();
        const string name = "X-Signature=";
        var start = text.IndexOf(name, StringComparison.Ordinal) + name.Length;
        var end = text.IndexOf('&', start) is var amp and >= 0 ? amp : text.Length;
        var last = text[end - 1];
        return new Uri(text[..(end - 1)] + (last == 'a' ? 'b' : 'a') + text[end..]);
    }

    /// <summary>The filesystem backend's PUT URL is bound to the declared length and type, so a wrong body never lands.</summary>
    [Fact]
    public async Task The_presigned_put_takes_only_the_declared_length_and_type()
    {
        var account = await media.SignUpAsync();
        var ticket = await _uploader.CreateAsync(account, "frame.png", "image/png", 4096, "company-asset");
        var url = ticket.GetProperty("url").GetString();

        var shorter = await media.Http.PutAsync(url, TestContent.Png(10, 10, size: 1000).ToHttpContent(0, 1000, "image/png"));
        var otherType = await media.Http.PutAsync(url, TestContent.Png(10, 10).ToHttpContent(0, 4096, "image/jpeg"));

        (await Uploader.ExpectProblem(shorter, HttpStatusCode.Forbidden)).GetProperty("detail").GetString().Should().Contain("exactly 4096 bytes");
        await Uploader.ExpectProblem(otherType, HttpStatusCode.Forbidden);
        (await media.StoredObjectsAsync(account.CompanyId)).Should().BeEmpty();
    }
}

public sealed class S3BadInputTests(S3LimitsFixture media) : BadInputTests(media), IClassFixture<S3LimitsFixture>
{
    private readonly Uploader _uploader = new(media);

    /// <summary>
    /// S3 cannot ask media-api whether an upload is still open, so its PUT is signed with If-None-Match: * and cannot
    /// replace an object once stored (and verified); the client is told to send the header.
    /// </summary>
    [Fact]
    public async Task A_presigned_put_is_signed_so_that_it_cannot_replace_an_object()
    {
        var account = await media.SignUpAsync();

        var ticket = await _uploader.CreateAsync(account, "frame.png", "image/png", 4096, "company-asset");

        ticket.GetProperty("headers").GetProperty("If-None-Match").GetString().Should().Be("*");
        var signedHeaders = System.Web.HttpUtility.ParseQueryString(new Uri(ticket.GetProperty("url").GetString()!).Query)["X-Amz-SignedHeaders"];
        signedHeaders!.Split(';').Should().Contain("if-none-match");
    }

    /// <summary>S3 signs a PUT's type but not its length, so a client can store fewer bytes than declared: completion catches it.</summary>
    [Fact]
    /// <summary>
    /// Refused by the store itself where the URL binds the exact length (S3's signed Content-Length), or on completion
    /// where it binds only the most (the filesystem backend): either way nothing is kept.
    /// </summary>
    public async Task Fewer_bytes_than_declared_sent_to_the_presigned_url_are_refused()
    {
        var account = await media.SignUpAsync();
        var ticket = await _uploader.CreateAsync(account, "frame.png", "image/png", 4096, "company-asset");
        var image = TestContent.Png(10, 10, size: 1000);
        var sent = await media.Http.SendAsync(Uploader.PutRequest(ticket, image.ToHttpContent(0, image.Size, "image/png")));

        var completed = await _uploader.CompleteAsync(account, ticket, null);

        if (sent.IsSuccessStatusCode)
        {
            (await Uploader.ExpectProblem(completed, HttpStatusCode.UnprocessableEntity, "size_mismatch")).GetProperty("storedSize").GetInt64().Should().Be(1000);
        }
        else
        {
            sent.StatusCode.Should().Be(HttpStatusCode.Forbidden, "S3 checks the signed Content-Length");
            ((int)completed.StatusCode).Should().BeInRange(400, 499, "nothing was stored to complete");
            (await media.StoredObjectsAsync(account.CompanyId)).Should().BeEmpty();
            // The upload stays open for a PUT of the declared length until its client gives it up.
            var aborted = await media.SendAsync(HttpMethod.Delete, $"/api/uploads/{ticket.GetProperty("uploadId").GetGuid()}", account.Token);
            ((int)aborted.StatusCode).Should().BeInRange(200, 299);
        }
        await ExpectNothingLeftAsync(account);
    }
}
