namespace AiVideo.MediaStorage.FunctionalTests;

/// <summary>
/// What every storage backend must do, the same way: the port's operations, and presigned URLs used with a plain
/// HTTP client. Run against the filesystem backend and against S3 (s3rver). Contents are compared byte for byte.
/// </summary>
public abstract class ObjectStorageContract(MediaFixture media)
{
    private readonly string _prefix = $"companies/{Guid.NewGuid():D}/contract/";

    private IObjectStorage Storage => media.Storage;

    private HttpClient Http => media.Http;

    /// <summary>
    /// media-api records an open upload before it hands out URLs that write to a key (its filesystem backend refuses
    /// writes for anything else), so the contract does the same before using presigned PUTs.
    /// </summary>
    private async Task<string> StartMultipartAsync(string key)
    {
        var uploadId = await Storage.StartMultipartAsync(key, "video/mp4", CancellationToken.None);
        await media.RecordOpenUploadAsync(key, uploadId);
        return uploadId;
    }

    private string Key(string name) => $"{_prefix}{Guid.NewGuid():N}/{name}";

    [Fact]
    public async Task Put_head_get_and_delete_round_trip_the_bytes()
    {
        var key = Key("clip.mp4");
        var content = TestContent.Mp4(300_000);

        var put = await Storage.PutAsync(key, new MemoryStream(content.ToArray()), content.Size, "video/mp4", CancellationToken.None);
        var head = await Storage.HeadAsync(key, CancellationToken.None);
        await using (var read = await Storage.GetAsync(key, null, CancellationToken.None))
        {
            read.Should().NotBeNull();
            (await TestContent.HashAsync(read!.Content)).Should().Be((content.Sha256(), content.Size));
        }

        put.Size.Should().Be(content.Size);
        head!.Size.Should().Be(content.Size);
        head.ETag.Should().Be(put.ETag).And.NotBeNullOrEmpty();
        head.ContentType.Should().Be("video/mp4");

        await Storage.DeleteAsync(key, CancellationToken.None);
        (await Storage.HeadAsync(key, CancellationToken.None)).Should().BeNull();
        (await Storage.GetAsync(key, null, CancellationToken.None)).Should().BeNull();
        await Storage.DeleteAsync(key, CancellationToken.None); // deleting what is gone is fine
    }

    [Fact]
    public async Task Deleting_a_key_that_was_never_stored_is_not_an_error()
    {
        var key = Key("never/stored.png");

        await Storage.DeleteAsync(key, CancellationToken.None);

        (await Storage.HeadAsync(key, CancellationToken.None)).Should().BeNull();
    }

    [Fact]
    public async Task An_empty_object_reads_back_empty()
    {
        var key = Key("empty.bin");

        await Storage.PutAsync(key, new MemoryStream(), 0, "application/octet-stream", CancellationToken.None);

        await using var read = await Storage.GetAsync(key, null, CancellationToken.None);
        read!.Info.Size.Should().Be(0);
        (await TestContent.HashAsync(read.Content)).Length.Should().Be(0);
    }

    [Fact]
    public async Task A_ranged_get_returns_exactly_those_bytes()
    {
        var key = Key("range.mp4");
        var content = TestContent.Mp4(200_000);
        await Storage.PutAsync(key, new MemoryStream(content.ToArray()), content.Size, "video/mp4", CancellationToken.None);

        await using var read = await Storage.GetAsync(key, new ByteRange(70_000, 70_999), CancellationToken.None);

        (await TestContent.HashAsync(read!.Content)).Should().Be((content.Sha256(70_000, 1000), 1000));
        read.Info.Size.Should().Be(content.Size, "the object's size, not the range's");
    }

    [Fact]
    public async Task Listing_by_prefix_finds_what_is_under_it_and_nothing_else()
    {
        var folder = Key("");
        foreach (var name in new[] { "a.png", "b.png" })
        {
            await Storage.PutAsync(folder + name, new MemoryStream(TestContent.Png(2, 2).ToArray()), 4096, "image/png", CancellationToken.None);
        }
        await Storage.PutAsync(Key("elsewhere.png"), new MemoryStream(TestContent.Png(2, 2).ToArray()), 4096, "image/png", CancellationToken.None);

        var listed = new List<ObjectInfo>();
        await foreach (var item in Storage.ListAsync(folder, CancellationToken.None))
        {
            listed.Add(item);
        }

        listed.Select(o => o.Key).Should().BeEquivalentTo([folder + "a.png", folder + "b.png"]);
        listed.Should().AllSatisfy(o => o.Size.Should().Be(4096));
    }

    [Fact]
    public async Task A_presigned_put_and_a_presigned_get_work_with_a_plain_http_client()
    {
        var key = Key("direct.mp4");
        var content = TestContent.Mp4(1_234_567);
        await media.RecordOpenUploadAsync(key);
        var put = Storage.PresignPut(key, "video/mp4", content.Size, DateTimeOffset.UtcNow.AddMinutes(10));

        var uploaded = await Http.SendAsync(Request(put, content.ToHttpContent(0, content.Size, "video/mp4")));
        uploaded.StatusCode.Should().Be(HttpStatusCode.OK, await uploaded.Content.ReadAsStringAsync());
        uploaded.Headers.ETag.Should().NotBeNull();

        var get = Storage.PresignGet(key, DateTimeOffset.UtcNow.AddMinutes(10), "My clip.mp4");
        using var downloaded = await Http.GetAsync(get.Url, HttpCompletionOption.ResponseHeadersRead);
        downloaded.StatusCode.Should().Be(HttpStatusCode.OK);
        downloaded.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        (await TestContent.HashAsync(await downloaded.Content.ReadAsStreamAsync())).Should().Be((content.Sha256(), content.Size));
        (await Storage.HeadAsync(key, CancellationToken.None))!.Size.Should().Be(content.Size);
    }

    /// <summary>A URL declared for a length stores nothing of another length (S3: the signed Content-Length; filesystem: its signed length).</summary>
    [Fact]
    public async Task A_presigned_put_stores_nothing_longer_than_it_was_declared_for()
    {
        var key = Key("declared.mp4");
        var content = TestContent.Mp4(200_000);
        await media.RecordOpenUploadAsync(key);
        var put = Storage.PresignPut(key, "video/mp4", 1_000, DateTimeOffset.UtcNow.AddMinutes(10));

        var longer = await Http.SendAsync(Request(put, content.ToHttpContent(0, content.Size, "video/mp4")));

        ((int)longer.StatusCode).Should().BeInRange(400, 499, await longer.Content.ReadAsStringAsync());
        (await Storage.HeadAsync(key, CancellationToken.None)).Should().BeNull();
    }

    [Fact]
    public async Task A_presigned_part_stores_nothing_longer_than_it_was_declared_for()
    {
        var key = Key("parts.mp4");
        const long partSize = 5 * 1024 * 1024;
        var content = TestContent.Mp4(partSize + 1000);
        var uploadId = await StartMultipartAsync(key);
        var request = Storage.PresignPart(key, uploadId, 2, 1000, DateTimeOffset.UtcNow.AddMinutes(10));

        var longer = await Http.SendAsync(Request(request, content.ToHttpContent(0, 200_000)));
        var parts = await PutPartsAsync(key, uploadId, content, partSize);

        ((int)longer.StatusCode).Should().BeInRange(400, 499, await longer.Content.ReadAsStringAsync());
        parts.Should().HaveCount(2, "the declared lengths still store");
        (await Storage.CompleteMultipartAsync(key, uploadId, parts, CancellationToken.None)).Should().Be(MultipartCompletion.Completed);
        (await Storage.HeadAsync(key, CancellationToken.None))!.Size.Should().Be(content.Size);
    }

    [Fact]
    public async Task A_presigned_url_whose_signature_was_changed_is_refused()
    {
        var key = Key("tampered.png");
        var image = TestContent.Png(2, 2);
        await media.RecordOpenUploadAsync(key);
        var put = Storage.PresignPut(key, "image/png", image.Size, DateTimeOffset.UtcNow.AddMinutes(10));
        var url = put.Url.ToString();
        var signature = url.IndexOf("Signature=", StringComparison.Ordinal) + "Signature=".Length;
        var tampered = put with { Url = new Uri(url[..signature] + (url[signature] == 'a' ? 'b' : 'a') + url[(signature + 1)..]) };

        var response = await Http.SendAsync(Request(tampered, image.ToHttpContent(0, image.Size, "image/png")));

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden, await response.Content.ReadAsStringAsync());
        (await Storage.HeadAsync(key, CancellationToken.None)).Should().BeNull();
    }

    [Fact]
    public async Task An_expired_presigned_url_is_refused()
    {
        var key = Key("expiring.png");
        await Storage.PutAsync(key, new MemoryStream(TestContent.Png(2, 2).ToArray()), 4096, "image/png", CancellationToken.None);
        var get = Storage.PresignGet(key, DateTimeOffset.UtcNow.AddSeconds(2));
        (await Http.GetAsync(get.Url)).StatusCode.Should().Be(HttpStatusCode.OK);

        await Eventually.True(async () => (await Http.GetAsync(get.Url)).StatusCode == HttpStatusCode.Forbidden,
            "the link is refused once it has expired", TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task A_multipart_upload_assembles_its_parts_in_order()
    {
        var key = Key("big.mp4");
        const long partSize = 5 * 1024 * 1024;
        var content = TestContent.Mp4(partSize * 2 + 123_456);
        var uploadId = await StartMultipartAsync(key);

        var parts = await PutPartsAsync(key, uploadId, content, partSize);
        var completion = await Storage.CompleteMultipartAsync(key, uploadId, parts, CancellationToken.None);

        completion.Should().Be(MultipartCompletion.Completed);
        await using var read = await Storage.GetAsync(key, null, CancellationToken.None);
        (await TestContent.HashAsync(read!.Content)).Should().Be((content.Sha256(), content.Size));
        (await Storage.CompleteMultipartAsync(key, uploadId, parts, CancellationToken.None)).Should().Be(MultipartCompletion.NoSuchUpload);
    }

    [Fact]
    public async Task Completing_with_a_wrong_etag_is_refused_and_the_upload_stays_open()
    {
        var key = Key("wrong.mp4");
        const long partSize = 5 * 1024 * 1024;
        var content = TestContent.Mp4(partSize + 1000);
        var uploadId = await StartMultipartAsync(key);
        var parts = await PutPartsAsync(key, uploadId, content, partSize);

        var wrong = await Storage.CompleteMultipartAsync(key, uploadId, [parts[0], parts[1] with { ETag = "\"0123456789abcdef0123456789abcdef\"" }], CancellationToken.None);

        wrong.Should().Be(MultipartCompletion.InvalidParts);
        (await Storage.HeadAsync(key, CancellationToken.None)).Should().BeNull();
        (await Storage.CompleteMultipartAsync(key, uploadId, parts, CancellationToken.None)).Should().Be(MultipartCompletion.Completed);
    }

    [Fact]
    public async Task An_aborted_multipart_upload_leaves_nothing()
    {
        var key = Key("abandoned.mp4");
        const long partSize = 5 * 1024 * 1024;
        var content = TestContent.Mp4(partSize + 1000);
        var uploadId = await StartMultipartAsync(key);
        var parts = await PutPartsAsync(key, uploadId, content, partSize);

        await Storage.AbortMultipartAsync(key, uploadId, CancellationToken.None);

        (await Storage.CompleteMultipartAsync(key, uploadId, parts, CancellationToken.None)).Should().Be(MultipartCompletion.NoSuchUpload);
        (await Storage.HeadAsync(key, CancellationToken.None)).Should().BeNull();
        await Storage.AbortMultipartAsync(key, uploadId, CancellationToken.None); // aborting again is fine
    }

    private async Task<List<CompletedPart>> PutPartsAsync(string key, string uploadId, TestContent content, long partSize)
    {
        var parts = new List<CompletedPart>();
        for (var number = 1; (number - 1) * partSize < content.Size; number++)
        {
            var offset = (number - 1) * partSize;
            var length = Math.Min(partSize, content.Size - offset);
            var request = Storage.PresignPart(key, uploadId, number, length, DateTimeOffset.UtcNow.AddMinutes(10));
            var response = await Http.SendAsync(Request(request, content.ToHttpContent(offset, length)));
            response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            parts.Add(new CompletedPart(number, response.Headers.ETag!.Tag));
        }
        return parts;
    }

    private static HttpRequestMessage Request(PresignedRequest presigned, HttpContent content)
    {
        var request = new HttpRequestMessage(new HttpMethod(presigned.Method), presigned.Url) { Content = content };
        foreach (var (name, value) in presigned.Headers)
        {
            if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                content.Headers.Remove(name);
                content.Headers.TryAddWithoutValidation(name, value);
            }
        }
        return request;
    }
}

public sealed class FileSystemStorageContractTests(FileSystemMediaFixture media) : ObjectStorageContract(media), IClassFixture<FileSystemMediaFixture>;

public sealed class S3StorageContractTests(S3MediaFixture media) : ObjectStorageContract(media), IClassFixture<S3MediaFixture>;
