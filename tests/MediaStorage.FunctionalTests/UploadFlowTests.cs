using AiVideo.BuildingBlocks.Outbox;
using AiVideo.Contracts;

namespace AiVideo.MediaStorage.FunctionalTests;

/// <summary>The whole client flow through the HTTP API, the same on each storage backend.</summary>
public abstract class UploadFlowTests(MediaFixture media)
{
    private readonly Uploader _uploader = new(media);

    [Fact]
    public async Task A_200_MB_video_uploads_in_parts_and_reads_back_byte_for_byte_by_signed_url_and_by_range()
    {
        var account = await media.SignUpAsync();
        var video = TestContent.Mp4(200L * 1024 * 1024, seed: 42);
        var ticket = await _uploader.CreateAsync(account, "launch film.mp4", "video/mp4", video.Size, "video-upload");
        ticket.GetProperty("parts").GetArrayLength().Should().Be(4, "200 MB goes in 64 MB parts");

        var parts = await _uploader.SendAsync(ticket, video, "video/mp4");
        var completed = await _uploader.CompleteAsync(account, ticket, parts);

        await Uploader.Expect(completed, HttpStatusCode.OK);
        var file = await completed.Content.ReadFromJsonAsync<JsonElement>();
        file.GetProperty("status").GetString().Should().Be("processing", "a video upload is transcoded before it is available; its bytes can be read meanwhile");
        file.GetProperty("size").GetInt64().Should().Be(video.Size);
        var fileId = file.GetProperty("id").GetGuid();

        var details = await (await media.SendAsync(HttpMethod.Get, $"/api/files/{fileId}?expiresIn=600", account.Token)).Content.ReadFromJsonAsync<JsonElement>();
        using (var download = await media.Http.GetAsync(details.GetProperty("downloadUrl").GetString(), HttpCompletionOption.ResponseHeadersRead))
        {
            download.StatusCode.Should().Be(HttpStatusCode.OK);
            (await TestContent.HashAsync(await download.Content.ReadAsStreamAsync())).Should().Be((video.Sha256(), video.Size));
        }

        using var ranged = await media.SendAsync(HttpMethod.Get, $"/api/files/{fileId}/content", account.Token,
            configure: r => r.Headers.Range = new RangeHeaderValue(150_000_000, 150_999_999));
        ranged.StatusCode.Should().Be(HttpStatusCode.PartialContent);
        ranged.Content.Headers.ContentRange!.ToString().Should().Be($"bytes 150000000-150999999/{video.Size}");
        ranged.Content.Headers.ContentLength.Should().Be(1_000_000);
        (await TestContent.HashAsync(await ranged.Content.ReadAsStreamAsync())).Should().Be((video.Sha256(150_000_000, 1_000_000), 1_000_000));

        var usage = await (await media.SendAsync(HttpMethod.Get, "/api/usage", account.Token)).Content.ReadFromJsonAsync<JsonElement>();
        usage.GetProperty("bytesUsed").GetInt64().Should().Be(video.Size);
        usage.GetProperty("fileCount").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task An_image_is_verified_measured_and_announced_once_even_when_completed_twice()
    {
        var account = await media.SignUpAsync();
        await using var probe = await RabbitMqProbe.BindAsync<ImageStored>(media.Media.EventBusConnectionString);
        var image = TestContent.Png(1280, 720);
        var project = Guid.NewGuid();
        var scene = Guid.NewGuid();
        var ticket = await _uploader.CreateAsync(account, "frame.png", "image/png", image.Size, "scene-image", project, scene);
        ticket.GetProperty("method").GetString().Should().Be("PUT");
        await _uploader.SendAsync(ticket, image, "image/png");

        var first = await _uploader.CompleteAsync(account, ticket, null);
        var second = await _uploader.CompleteAsync(account, ticket, null);

        await Uploader.Expect(first, HttpStatusCode.OK);
        await Uploader.Expect(second, HttpStatusCode.OK);
        var file = await first.Content.ReadFromJsonAsync<JsonElement>();
        file.GetProperty("width").GetInt32().Should().Be(1280);
        file.GetProperty("height").GetInt32().Should().Be(720);
        (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid().Should().Be(file.GetProperty("id").GetGuid());

        await Eventually.True(async () => await probe.CountAsync() >= 1, "ImageStored was published");
        await Eventually.True(async () => await UnpublishedAsync() == 0, "the outbox is drained");
        var events = await probe.DrainMessagesAsync();
        events.Should().ContainSingle();
        var stored = events[0];
        stored.GetProperty("fileId").GetGuid().Should().Be(file.GetProperty("id").GetGuid());
        stored.GetProperty("companyId").GetGuid().Should().Be(account.CompanyId);
        stored.GetProperty("projectId").GetGuid().Should().Be(project);
        stored.GetProperty("sceneId").GetGuid().Should().Be(scene);
        stored.GetProperty("width").GetInt32().Should().Be(1280);
        stored.GetProperty("storageKey").GetString().Should()
            .Be($"companies/{account.CompanyId:D}/projects/{project:D}/scenes/{scene:D}/images/{file.GetProperty("id").GetGuid():D}.png");
    }

    [Fact]
    public async Task A_crash_after_storage_assembled_the_parts_but_before_the_commit_loses_nothing_and_announces_once()
    {
        var account = await media.SignUpAsync();
        await using var probe = await RabbitMqProbe.BindAsync<VideoStored>(media.Media.EventBusConnectionString);
        var video = TestContent.Mp4(70L * 1024 * 1024, seed: 3);
        var ticket = await _uploader.CreateAsync(account, "clip.mp4", "video/mp4", video.Size, "video-upload");
        var parts = await _uploader.SendAsync(ticket, video, "video/mp4");
        var fileId = ticket.GetProperty("fileId").GetGuid();
        await using (var db = media.OpenDatabase())
        {
            // What the crashed completion got done: storage assembled the object; nothing was committed.
            var upload = await db.Uploads.SingleAsync(u => u.FileId == fileId);
            var file = await db.Files.SingleAsync(f => f.Id == fileId);
            var completedParts = parts.Select(p => JsonSerializer.SerializeToElement(p))
                .Select(p => new CompletedPart(p.GetProperty("partNumber").GetInt32(), p.GetProperty("etag").GetString()!)).ToList();
            (await media.Storage.CompleteMultipartAsync(file.StorageKey, upload.MultipartUploadId!, completedParts, CancellationToken.None))
                .Should().Be(MultipartCompletion.Completed);
        }

        var retried = await _uploader.CompleteAsync(account, ticket, parts);
        var again = await _uploader.CompleteAsync(account, ticket, parts);

        await Uploader.Expect(retried, HttpStatusCode.OK);
        await Uploader.Expect(again, HttpStatusCode.OK);
        (await retried.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString().Should().Be("processing");
        await Eventually.True(async () => await probe.CountAsync() >= 1 && await UnpublishedAsync() == 0, "VideoStored was published");
        (await probe.DrainMessageIdsAsync()).Should().ContainSingle();
        await using var check = media.OpenDatabase();
        var announcements = await check.Set<OutboxMessage>().Where(m => m.MessageType == typeof(VideoStored).FullName).Select(m => m.Payload).ToListAsync();
        announcements.Count(payload => JsonDocument.Parse(payload).RootElement.GetProperty("fileId").GetGuid() == fileId).Should().Be(1);
    }

    [Fact]
    public async Task Deleting_a_file_removes_its_bytes_and_gives_its_bytes_back_to_the_quota()
    {
        var account = await media.SignUpAsync();
        var file = await _uploader.UploadAsync(account, TestContent.Mp3(), "audio/mpeg", "audio");

        await Uploader.Expect(await media.SendAsync(HttpMethod.Delete, $"/api/files/{file.GetProperty("id").GetGuid()}", account.Token), HttpStatusCode.NoContent);

        (await media.StoredObjectsAsync(account.CompanyId)).Should().BeEmpty();
        (await media.SendAsync(HttpMethod.Get, $"/api/files/{file.GetProperty("id").GetGuid()}", account.Token)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var usage = await (await media.SendAsync(HttpMethod.Get, "/api/usage", account.Token)).Content.ReadFromJsonAsync<JsonElement>();
        usage.GetProperty("bytesUsed").GetInt64().Should().Be(0);
    }

    private async Task<int> UnpublishedAsync()
    {
        await using var db = media.OpenDatabase();
        return await db.Set<OutboxMessage>().CountAsync(m => m.PublishedAt == null);
    }
}

public sealed class FileSystemUploadFlowTests(FileSystemMediaFixture media) : UploadFlowTests(media), IClassFixture<FileSystemMediaFixture>;

public sealed class S3UploadFlowTests(S3MediaFixture media) : UploadFlowTests(media), IClassFixture<S3MediaFixture>;
