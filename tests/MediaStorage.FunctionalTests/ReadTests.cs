namespace AiVideo.MediaStorage.FunctionalTests;

/// <summary>Listing, details with signed download links, and streaming content with ranges, as a client reads its files.</summary>
public abstract class ReadTests(MediaFixture media)
{
    private readonly Uploader _uploader = new(media);

    [Fact]
    public async Task Files_are_listed_newest_first_a_page_at_a_time_by_project_and_kind()
    {
        var account = await media.SignUpAsync();
        var project = Guid.NewGuid();
        var first = await _uploader.UploadAsync(account, TestContent.Png(4, 4), "image/png", "project-upload", project, fileName: "first.png");
        var second = await _uploader.UploadAsync(account, TestContent.Mp3(), "audio/mpeg", "project-upload", project, fileName: "second.mp3");
        var third = await _uploader.UploadAsync(account, TestContent.Png(8, 8), "image/png", "project-upload", project, fileName: "third.png");
        await _uploader.UploadAsync(account, TestContent.Png(2, 2), "image/png", "project-upload", Guid.NewGuid(), fileName: "elsewhere.png");

        var page1 = await ListAsync(account, $"?projectId={project}&limit=2");
        var page2 = await ListAsync(account, $"?projectId={project}&limit=2&cursor={Uri.EscapeDataString(page1.GetProperty("nextCursor").GetString()!)}");
        var images = await ListAsync(account, $"?projectId={project}&kind=image");
        var everything = await ListAsync(account, "");

        Ids(page1).Should().Equal(Id(third), Id(second));
        Ids(page2).Should().Equal(Id(first));
        page2.GetProperty("nextCursor").ValueKind.Should().Be(JsonValueKind.Null);
        Ids(images).Should().Equal(Id(third), Id(first));
        Ids(everything).Should().HaveCount(4);
        page1.GetProperty("items")[0].TryGetProperty("downloadUrl", out var listedUrl).Should().BeTrue();
        listedUrl.ValueKind.Should().Be(JsonValueKind.Null, "links are signed one file at a time");
    }

    [Fact]
    public async Task A_listing_with_a_bad_kind_cursor_or_limit_is_refused()
    {
        var account = await media.SignUpAsync();

        foreach (var query in new[] { "?kind=spreadsheet", "?kind=1", "?cursor=not-a-cursor", "?limit=0", "?limit=1000" })
        {
            await Uploader.ExpectProblem(await media.SendAsync(HttpMethod.Get, $"/api/files{query}", account.Token), HttpStatusCode.BadRequest);
        }
    }

    [Fact]
    public async Task A_download_link_lives_as_long_as_asked_within_bounds()
    {
        var account = await media.SignUpAsync();
        var image = TestContent.Png(16, 9);
        var file = await _uploader.UploadAsync(account, image, "image/png", "company-asset", fileName: "poster.png");
        var id = Id(file);
        var before = media.Clock.GetUtcNow();

        var details = await media.SendAsync(HttpMethod.Get, $"/api/files/{id}?expiresIn=3600", account.Token);
        var tooShort = await media.SendAsync(HttpMethod.Get, $"/api/files/{id}?expiresIn=30", account.Token);
        var tooLong = await media.SendAsync(HttpMethod.Get, $"/api/files/{id}?expiresIn=100000", account.Token);

        await Uploader.Expect(details, HttpStatusCode.OK);
        var view = await details.Content.ReadFromJsonAsync<JsonElement>();
        view.GetProperty("downloadUrlExpiresAt").GetDateTimeOffset().Should().BeCloseTo(before.AddHours(1), TimeSpan.FromSeconds(30));
        using (var download = await media.Http.GetAsync(view.GetProperty("downloadUrl").GetString()))
        {
            download.StatusCode.Should().Be(HttpStatusCode.OK);
            (await download.Content.ReadAsByteArrayAsync()).Should().Equal(image.ToArray());
            download.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
            download.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
            download.Content.Headers.ContentDisposition.FileNameStar.Should().Be("poster.png");
        }
        (await Uploader.ExpectProblem(tooShort, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("expiresIn", out _).Should().BeTrue();
        await Uploader.ExpectProblem(tooLong, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Content_streams_with_its_type_length_etag_and_ranges()
    {
        var account = await media.SignUpAsync();
        var audio = TestContent.Mp3(100_000);
        var id = Id(await _uploader.UploadAsync(account, audio, "audio/mpeg", "audio", fileName: "voice.mp3"));

        using var whole = await Content(account, id);
        using var head = await Content(account, id, method: HttpMethod.Head);
        using var suffix = await Content(account, id, r => r.Headers.Range = new RangeHeaderValue(null, 100));
        using var openEnded = await Content(account, id, r => r.Headers.Range = new RangeHeaderValue(99_990, null));
        using var pastTheEnd = await Content(account, id, r => r.Headers.Range = new RangeHeaderValue(100_000, 100_100));
        using var unchanged = await Content(account, id, r => r.Headers.IfNoneMatch.Add(whole.Headers.ETag!));

        whole.StatusCode.Should().Be(HttpStatusCode.OK);
        whole.Content.Headers.ContentType!.MediaType.Should().Be("audio/mpeg");
        whole.Content.Headers.ContentLength.Should().Be(100_000);
        whole.Headers.AcceptRanges.Should().Contain("bytes");
        whole.Headers.ETag.Should().NotBeNull();
        (await whole.Content.ReadAsByteArrayAsync()).Should().Equal(audio.ToArray());

        head.StatusCode.Should().Be(HttpStatusCode.OK);
        head.Content.Headers.ContentLength.Should().Be(100_000);
        (await head.Content.ReadAsByteArrayAsync()).Should().BeEmpty();

        suffix.StatusCode.Should().Be(HttpStatusCode.PartialContent);
        suffix.Content.Headers.ContentRange!.ToString().Should().Be("bytes 99900-99999/100000");
        (await suffix.Content.ReadAsByteArrayAsync()).Should().Equal(audio.Read(99_900, 100));

        openEnded.StatusCode.Should().Be(HttpStatusCode.PartialContent);
        (await openEnded.Content.ReadAsByteArrayAsync()).Should().Equal(audio.Read(99_990, 10));

        (await Uploader.ExpectProblem(pastTheEnd, HttpStatusCode.RequestedRangeNotSatisfiable)).GetProperty("detail").GetString().Should().Contain("100000 bytes");
        pastTheEnd.Content.Headers.ContentRange!.ToString().Should().Be("bytes */100000");

        unchanged.StatusCode.Should().Be(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task A_file_still_uploading_has_no_link_and_no_content_yet()
    {
        var account = await media.SignUpAsync();
        var ticket = await _uploader.CreateAsync(account, "pending.png", "image/png", 4096, "company-asset");
        var fileId = ticket.GetProperty("fileId").GetGuid();

        var details = await media.SendAsync(HttpMethod.Get, $"/api/files/{fileId}", account.Token);
        var content = await media.SendAsync(HttpMethod.Get, $"/api/files/{fileId}/content", account.Token);

        await Uploader.Expect(details, HttpStatusCode.OK);
        var view = await details.Content.ReadFromJsonAsync<JsonElement>();
        view.GetProperty("status").GetString().Should().Be("uploading");
        view.GetProperty("downloadUrl").ValueKind.Should().Be(JsonValueKind.Null);
        await Uploader.ExpectProblem(content, HttpStatusCode.Conflict, "file_not_available");
    }

    [Fact]
    public async Task Reading_needs_a_token()
    {
        var account = await media.SignUpAsync();
        var id = Id(await _uploader.UploadAsync(account, TestContent.Png(4, 4), "image/png", "company-asset"));

        (await media.SendAsync(HttpMethod.Get, $"/api/files/{id}", token: null)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await media.SendAsync(HttpMethod.Get, $"/api/files/{id}/content", token: "not-a-token")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    private Task<HttpResponseMessage> Content(Account account, Guid id, Action<HttpRequestMessage>? configure = null, HttpMethod? method = null) =>
        media.SendAsync(method ?? HttpMethod.Get, $"/api/files/{id}/content", account.Token, configure: configure);

    private async Task<JsonElement> ListAsync(Account account, string query)
    {
        var response = await media.SendAsync(HttpMethod.Get, $"/api/files{query}", account.Token);
        await Uploader.Expect(response, HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Guid Id(JsonElement file) => file.GetProperty("id").GetGuid();

    private static List<Guid> Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(Id).ToList();
}

public sealed class FileSystemReadTests(FileSystemMediaFixture media) : ReadTests(media), IClassFixture<FileSystemMediaFixture>;

public sealed class S3ReadTests(S3MediaFixture media) : ReadTests(media), IClassFixture<S3MediaFixture>;
