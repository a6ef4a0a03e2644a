using AiVideo.MediaStorage.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace AiVideo.MediaStorage.FunctionalTests;

/// <summary>
/// Uploads never completed expire, and the sweep removes what they left: the object or the parts in storage, the file
/// record and the bytes held against the quota. Run with a sweep every second; the tests move media-api's clock past
/// the uploads' six-hour lifetime rather than wait for it.
/// </summary>
public abstract class UploadExpiryTests(MediaFixture media)
{
    private readonly Uploader _uploader = new(media);

    /// <summary>Whether a URL used after its upload was closed still stores an object (S3 cannot ask media-api; the filesystem backend does).</summary>
    protected abstract bool LateWritesLand { get; }

    /// <summary>
    /// URLs stay valid until their upload expires, whatever happened to it: used after an abort or after the file was
    /// deleted, an S3 URL stores an object again. Once the URLs are dead the sweep settles every upload, removing such
    /// objects and leaving stored files alone.
    /// </summary>
    [Fact]
    public async Task What_urls_wrote_after_their_upload_was_closed_is_removed_once_they_are_dead()
    {
        var account = await media.SignUpAsync();
        var kept = await _uploader.UploadAsync(account, TestContent.Png(4, 4), "image/png", "company-asset");
        var image = TestContent.Png(8, 8);
        var aborted = await _uploader.CreateAsync(account, "aborted.png", "image/png", image.Size, "company-asset");
        await Uploader.Expect(await media.SendAsync(HttpMethod.Delete, $"/api/uploads/{aborted.GetProperty("uploadId").GetGuid()}", account.Token),
            HttpStatusCode.NoContent);
        var deleted = await _uploader.CreateAsync(account, "deleted.png", "image/png", image.Size, "company-asset");
        await _uploader.SendAsync(deleted, image, "image/png");
        await Uploader.Expect(await _uploader.CompleteAsync(account, deleted, null), HttpStatusCode.OK);
        await Uploader.Expect(await media.SendAsync(HttpMethod.Delete, $"/api/files/{deleted.GetProperty("fileId").GetGuid()}", account.Token),
            HttpStatusCode.NoContent);
        var keptKey = (await media.RegisteredFilesAsync(account.CompanyId)).Single().StorageKey;

        foreach (var ticket in new[] { aborted, deleted })
        {
            var late = Uploader.PutRequest(ticket, image.ToHttpContent(0, image.Size, "image/png"));
            (await media.Http.SendAsync(late)).StatusCode.Should().Be(LateWritesLand ? HttpStatusCode.OK : HttpStatusCode.Forbidden);
        }
        (await media.StoredObjectsAsync(account.CompanyId)).Should().HaveCount(LateWritesLand ? 3 : 1);

        media.Clock.Advance(TimeSpan.FromHours(6) + TimeSpan.FromMinutes(16));

        await Eventually.True(async () => await UnsettledAsync(account.CompanyId) == 0, "the sweep settled every upload", TimeSpan.FromSeconds(30));
        (await media.StoredObjectsAsync(account.CompanyId)).Select(o => o.Key).Should().Equal(keptKey);
        await Uploader.Expect(await media.SendAsync(HttpMethod.Get, $"/api/files/{kept.GetProperty("id").GetGuid()}/content", account.Token), HttpStatusCode.OK);
        (await media.UsageAsync(account)).GetProperty("bytesUsed").GetInt64().Should().Be(kept.GetProperty("size").GetInt64());
    }

    private async Task<int> UnsettledAsync(Guid companyId)
    {
        await using var db = media.OpenDatabase();
        return await db.Uploads.CountAsync(u => u.CompanyId == companyId && u.SettledAt == null);
    }

    [Fact]
    public async Task Abandoned_uploads_are_swept_with_their_bytes_and_their_reservations()
    {
        var account = await media.SignUpAsync();
        var image = TestContent.Png(4, 4);
        var single = await _uploader.CreateAsync(account, "abandoned.png", "image/png", image.Size, "company-asset");
        await _uploader.SendAsync(single, image, "image/png");
        var video = TestContent.Mp4(6L * 1024 * 1024);
        var multipart = await _uploader.CreateAsync(account, "abandoned.mp4", "video/mp4", video.Size, "video-upload");
        var firstPart = multipart.GetProperty("parts")[0];
        using (var part = await media.Http.PutAsync(firstPart.GetProperty("url").GetString(), video.ToHttpContent(0, multipart.GetProperty("partSize").GetInt64())))
        {
            await Uploader.Expect(part, HttpStatusCode.OK);
        }
        var (multipartKey, multipartId) = await MultipartOfAsync(multipart);
        (await media.StoredObjectsAsync(account.CompanyId)).Should().ContainSingle("the single PUT's object is stored until the sweep");
        (await media.UsageAsync(account)).GetProperty("reservedBytes").GetInt64().Should().Be(image.Size + video.Size);

        media.Clock.Advance(TimeSpan.FromHours(7));

        await Eventually.True(async () => (await media.RegisteredFilesAsync(account.CompanyId)).Count == 0, "the sweep removed both files", TimeSpan.FromSeconds(30));

        (await media.StoredObjectsAsync(account.CompanyId)).Should().BeEmpty();
        (await media.Storage.CompleteMultipartAsync(multipartKey, multipartId, [new CompletedPart(1, "\"x\"")], CancellationToken.None))
            .Should().Be(MultipartCompletion.NoSuchUpload, "the multipart upload was aborted in storage");
        var usage = await media.UsageAsync(account);
        usage.GetProperty("reservedBytes").GetInt64().Should().Be(0);
        usage.GetProperty("bytesUsed").GetInt64().Should().Be(0);
        await Uploader.ExpectProblem(await _uploader.CompleteAsync(account, single, null), HttpStatusCode.Gone, "upload_expired");
    }

    [Fact]
    public async Task A_completed_upload_is_never_swept()
    {
        var account = await media.SignUpAsync();
        var file = await _uploader.UploadAsync(account, TestContent.Png(4, 4), "image/png", "company-asset");
        var abandoned = await _uploader.CreateAsync(account, "later.png", "image/png", 4096, "company-asset");

        media.Clock.Advance(TimeSpan.FromHours(7));

        await Eventually.True(async () => (await media.RegisteredFilesAsync(account.CompanyId)).Count == 1, "the abandoned upload was swept", TimeSpan.FromSeconds(30));

        (await media.RegisteredFilesAsync(account.CompanyId)).Single().Id.Should().Be(file.GetProperty("id").GetGuid());
        (await media.StoredObjectsAsync(account.CompanyId)).Should().ContainSingle();
        await Uploader.Expect(await media.SendAsync(HttpMethod.Get, $"/api/files/{file.GetProperty("id").GetGuid()}/content", account.Token), HttpStatusCode.OK);
        (await media.UsageAsync(account)).GetProperty("fileCount").GetInt32().Should().Be(1);
        await Uploader.ExpectProblem(await _uploader.CompleteAsync(account, abandoned, null), HttpStatusCode.Gone, "upload_expired");
    }

    private async Task<(string Key, string MultipartId)> MultipartOfAsync(JsonElement ticket)
    {
        await using var db = media.OpenDatabase();
        var uploadId = ticket.GetProperty("uploadId").GetGuid();
        var upload = await db.Uploads.SingleAsync(u => u.Id == uploadId);
        var file = await db.Files.SingleAsync(f => f.Id == upload.FileId);
        return (file.StorageKey, upload.MultipartUploadId!);
    }
}

public sealed class FileSystemUploadExpiryTests(FileSystemFrequentSweepsFixture media) : UploadExpiryTests(media), IClassFixture<FileSystemFrequentSweepsFixture>
{
    protected override bool LateWritesLand => false;

    /// <summary>A directory where the upload's object would be makes the filesystem backend's delete throw, as a refusing store would.</summary>
    [Fact]
    public async Task An_upload_whose_storage_delete_fails_is_skipped_and_retried_later_without_holding_up_the_others()
    {
        var account = await media.SignUpAsync();
        var uploader = new Uploader(media);
        var image = TestContent.Png(4, 4);
        var stuck = await uploader.CreateAsync(account, "stuck.png", "image/png", image.Size, "company-asset");
        await uploader.CreateAsync(account, "other.png", "image/png", image.Size, "company-asset");
        var stuckId = stuck.GetProperty("uploadId").GetGuid();
        string key;
        await using (var db = media.OpenDatabase())
        {
            key = (await db.Uploads.SingleAsync(u => u.Id == stuckId)).StorageKey;
        }
        var root = media.Media.Services.GetRequiredService<IOptions<StorageOptions>>().Value.RootPath;
        var blocker = Path.Combine(Path.GetFullPath(root), "objects", key);
        Directory.CreateDirectory(Path.Combine(blocker, "in-the-way"));

        media.Clock.Advance(TimeSpan.FromHours(7));

        await Eventually.True(async () => (await media.RegisteredFilesAsync(account.CompanyId)).Count == 1,
            "the upload after the failing one was swept", TimeSpan.FromSeconds(30));
        await using (var db = media.OpenDatabase())
        {
            var upload = await db.Uploads.SingleAsync(u => u.Id == stuckId);
            upload.AbortedAt.Should().BeNull("its removal failed and was rolled back");
            upload.SweepFailures.Should().BeGreaterThanOrEqualTo(1);
            upload.SweepRetryAt.Should().BeAfter(media.Clock.GetUtcNow(), "it is put off instead of being tried first in every sweep");
        }

        Directory.Delete(blocker, recursive: true);
        media.Clock.Advance(TimeSpan.FromHours(7));

        await Eventually.True(async () => (await media.RegisteredFilesAsync(account.CompanyId)).Count == 0,
            "the failing upload was swept once storage let it go", TimeSpan.FromSeconds(30));
    }
}

public sealed class S3UploadExpiryTests(S3FrequentSweepsFixture media) : UploadExpiryTests(media), IClassFixture<S3FrequentSweepsFixture>
{
    protected override bool LateWritesLand => true;
}
