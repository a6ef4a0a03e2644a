using System.Collections.Concurrent;
using AiVideo.Contracts;
using MassTransit;

namespace AiVideo.MediaStorage.FunctionalTests;

/// <summary>
/// Once a project is deleted nothing more is stored for it, whichever way a file of it arrives and however its arrival
/// races the deletion: generation-api can still be making its outputs, since RabbitMQ orders nothing between queues.
/// media remembers the deleted project for <c>Retention:DeletedProjects</c> (two days here), then forgets it. Run with
/// the upload and retention sweeps every second; the tests move media-api's clock rather than wait.
/// </summary>
public abstract class DeletedProjectTests(MediaFixture media)
{
    private readonly Uploader _uploader = new(media);

    /// <summary>Whether a URL used after its upload was closed still stores an object (S3 cannot ask media-api; the filesystem backend does).</summary>
    protected abstract bool LateWritesLand { get; }

    [Fact]
    public async Task Files_of_a_deleted_project_are_refused_with_410_whichever_way_they_come_and_nothing_of_them_is_stored()
    {
        var account = await media.SignUpAsync();
        var service = await media.ServiceTokenAsync();
        var project = Guid.NewGuid();
        await DeleteProjectAsync(account, project);
        var image = TestContent.Png(8, 8);

        var presigned = await media.SendAsync(HttpMethod.Post, "/internal/uploads", service, new
        {
            companyId = account.CompanyId, userId = account.UserId, requestId = Guid.NewGuid(), output = "image",
            file = new { fileName = "scene.png", contentType = "image/png", size = image.Size, purpose = "generated", projectId = project, sceneId = Guid.NewGuid() },
        });
        var direct = await DirectAsync(account, service, project);
        var byClient = await media.SendAsync(HttpMethod.Post, "/api/uploads", account.Token,
            new { fileName = "take.mp4", contentType = "video/mp4", size = 4096, purpose = "project-upload", projectId = project });
        var directByClient = await media.SendAsync(HttpMethod.Post, "/api/files", account.Token,
            new { fileName = "frame.png", purpose = "scene-image", projectId = project, sceneId = Guid.NewGuid(), data = $"data:image/png;base64,{Convert.ToBase64String(image.ToArray())}" });
        var input = await media.SendAsync(HttpMethod.Get, $"/internal/files/{Guid.NewGuid()}/content?companyId={account.CompanyId}&projectId={project}", service);

        foreach (var refused in new[] { presigned, direct, byClient, directByClient, input })
        {
            (await Uploader.ExpectProblem(refused, HttpStatusCode.Gone, "project_deleted")).GetProperty("detail").GetString().Should().Contain(project.ToString());
        }
        (await media.RegisteredFilesAsync(account.CompanyId)).Should().BeEmpty();
        (await media.StoredObjectsAsync(account.CompanyId)).Should().BeEmpty();
        var usage = await media.UsageAsync(account);
        (usage.GetProperty("bytesUsed").GetInt64(), usage.GetProperty("reservedBytes").GetInt64()).Should().Be((0, 0));
        await Uploader.Expect(await DirectAsync(account, service, Guid.NewGuid()), HttpStatusCode.Created);
        var stranger = await media.SignUpAsync();
        await Uploader.Expect(await DirectAsync(stranger, service, project), HttpStatusCode.Created); // only the company whose project was deleted is refused
        await Uploader.ExpectProblem(await media.SendAsync(HttpMethod.Get, $"/internal/files/{Guid.NewGuid()}/content?companyId={account.CompanyId}", service),
            HttpStatusCode.NotFound);
    }

    /// <summary>
    /// Outputs of the project (presigned uploads, direct files) and renditions of its video upload keep arriving while it
    /// is deleted: each one is either stored before the deletion, which removes it, or refused after; every one begun
    /// after the deletion was handled is refused, and in the end nothing of the project is left.
    /// </summary>
    [Fact]
    public async Task Files_racing_the_deletion_of_their_project_are_removed_by_it_or_refused_and_nothing_of_the_project_is_left()
    {
        var account = await media.SignUpAsync();
        var service = await media.ServiceTokenAsync();
        var project = Guid.NewGuid();
        var video = await ProcessingVideoAsync(account, project);
        var rendition = new byte[188 * 20];
        var deleted = 0;
        var outcomes = new ConcurrentQueue<(string Way, bool AfterDeletion, HttpStatusCode First, HttpStatusCode[] All)>();
        using var stop = new CancellationTokenSource();

        Task Lane(string way, Func<Task<HttpStatusCode[]>> store) => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var after = Volatile.Read(ref deleted) == 1;
                var statuses = await store();
                outcomes.Enqueue((way, after, statuses[0], statuses));
            }
        });
        var lanes = new[]
        {
            Lane("presigned", () => PresignedAsync(account, service, project)),
            Lane("direct", async () => [(await DirectAsync(account, service, project)).StatusCode]),
            Lane("rendition", async () => [(await media.SendAsync(HttpMethod.Put,
                $"/internal/files/{video}/renditions/hls/360p/segment_{outcomes.Count:000}.ts?companyId={account.CompanyId}&projectId={project}", service,
                configure: r => r.Content = new ByteArrayContent(rendition))).StatusCode]),
        };
        await Eventually.True(() => outcomes.Count(o => o.First is HttpStatusCode.Created or HttpStatusCode.OK) >= 6, "files of the project are being stored",
            TimeSpan.FromSeconds(60));

        var messageId = NewId.NextGuid();
        await media.Media.Services.GetRequiredService<IBus>().Publish(new ProjectDeleted(project, account.CompanyId, account.UserId, DateTimeOffset.UtcNow),
            context => context.MessageId = messageId);
        await Eventually.True(() => media.Deliveries.Of(messageId) == 1, "the deletion was handled");
        Volatile.Write(ref deleted, 1);
        await Eventually.True(() => outcomes.Count(o => o.AfterDeletion) >= 9, "files kept arriving after the deletion", TimeSpan.FromSeconds(60));
        await stop.CancelAsync();
        await Task.WhenAll(lanes);

        outcomes.SelectMany(o => o.All).Should().OnlyContain(status => (int)status < 500, "racing the deletion is never a server error");
        outcomes.Where(o => o.AfterDeletion).Should().NotBeEmpty()
            .And.OnlyContain(o => o.First == HttpStatusCode.Gone, "every file begun after the deletion was handled is refused, whichever way it came");
        outcomes.Select(o => o.Way).Distinct().Should().HaveCount(3);
        if (LateWritesLand)
        {
            // An S3 URL of an upload the deletion closed may still have written its object: the sweep settles it once the URL is dead.
            media.Clock.Advance(TimeSpan.FromHours(6) + TimeSpan.FromMinutes(16));
            await Eventually.True(async () => await UnsettledAsync(account.CompanyId) == 0, "the sweep settled every upload", TimeSpan.FromSeconds(30));
        }
        (await media.RegisteredFilesAsync(account.CompanyId)).Should().BeEmpty();
        (await media.StoredObjectsAsync(account.CompanyId)).Should().BeEmpty("nothing of the project is left in storage");
        var usage = await media.UsageAsync(account);
        (usage.GetProperty("bytesUsed").GetInt64(), usage.GetProperty("reservedBytes").GetInt64(), usage.GetProperty("fileCount").GetInt32())
            .Should().Be((0, 0, 0));
    }

    [Fact]
    public async Task A_deleted_project_is_forgotten_once_the_retention_time_has_passed_and_not_before()
    {
        var account = await media.SignUpAsync();
        var service = await media.ServiceTokenAsync();
        var (older, newer) = (Guid.NewGuid(), Guid.NewGuid());
        await DeleteProjectAsync(account, older);
        media.Clock.Advance(TimeSpan.FromDays(1));
        await DeleteProjectAsync(account, newer);
        await Uploader.ExpectProblem(await DirectAsync(account, service, older), HttpStatusCode.Gone, "project_deleted");

        media.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));

        await Eventually.True(async () => !await RememberedAsync(older), "the sweep forgot the project deleted two days ago");
        (await RememberedAsync(newer)).Should().BeTrue("the project deleted a day ago is still within Retention:DeletedProjects");
        await Uploader.ExpectProblem(await DirectAsync(account, service, newer), HttpStatusCode.Gone, "project_deleted");
        await Uploader.Expect(await DirectAsync(account, service, older), HttpStatusCode.Created);
    }

    private async Task DeleteProjectAsync(Account account, Guid project)
    {
        var messageId = NewId.NextGuid();
        await media.Media.Services.GetRequiredService<IBus>().Publish(new ProjectDeleted(project, account.CompanyId, account.UserId, DateTimeOffset.UtcNow),
            context => context.MessageId = messageId);
        await Eventually.True(() => media.Deliveries.Of(messageId) == 1, "media handled the deletion");
        (await RememberedAsync(project)).Should().BeTrue();
    }

    /// <summary>A generated scene image of the project sent in one request, as generation-api stores small outputs.</summary>
    private Task<HttpResponseMessage> DirectAsync(Account account, string service, Guid project) =>
        media.SendAsync(HttpMethod.Post, "/internal/files", service, new
        {
            companyId = account.CompanyId, requestId = Guid.NewGuid(), output = "image",
            file = new
            {
                fileName = "scene.png", purpose = "generated", projectId = project, sceneId = Guid.NewGuid(),
                data = $"data:image/png;base64,{Convert.ToBase64String(TestContent.Png(8, 8).ToArray())}",
            },
        });

    /// <summary>A generated clip of the project through the upload protocol (create, PUT, complete): the status of each step it got to.</summary>
    private async Task<HttpStatusCode[]> PresignedAsync(Account account, string service, Guid project)
    {
        var clip = TestContent.Mp4(8192);
        var created = await media.SendAsync(HttpMethod.Post, "/internal/uploads", service, new
        {
            companyId = account.CompanyId, requestId = Guid.NewGuid(), output = "clip",
            file = new { fileName = "clip.mp4", contentType = "video/mp4", size = clip.Size, purpose = "generated", projectId = project, sceneId = Guid.NewGuid() },
        });
        if (created.StatusCode != HttpStatusCode.Created)
        {
            return [created.StatusCode];
        }
        var ticket = await created.Content.ReadFromJsonAsync<JsonElement>();
        var put = await media.Http.SendAsync(Uploader.PutRequest(ticket, clip.ToHttpContent(0, clip.Size, "video/mp4")));
        var completed = await media.SendAsync(HttpMethod.Post,
            $"/internal/uploads/{ticket.GetProperty("uploadId").GetGuid()}/complete?companyId={account.CompanyId}", service, new { });
        return [created.StatusCode, put.StatusCode, completed.StatusCode];
    }

    /// <summary>A video upload of the project that generation-api is processing (its renditions are stored beside it).</summary>
    private async Task<Guid> ProcessingVideoAsync(Account account, Guid project)
    {
        var folder = Directory.CreateTempSubdirectory("media-deleted-project-");
        try
        {
            var bytes = await File.ReadAllBytesAsync(await Ffmpeg.TestVideoAsync(folder.FullName));
            var created = await media.SendAsync(HttpMethod.Post, "/api/uploads", account.Token,
                new { fileName = "holiday.mp4", contentType = "video/mp4", size = bytes.Length, purpose = "video-upload", projectId = project });
            await Uploader.Expect(created, HttpStatusCode.Created);
            var ticket = await created.Content.ReadFromJsonAsync<JsonElement>();
            var put = Uploader.PutRequest(ticket, new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("video/mp4") } });
            await Uploader.Expect(await media.Http.SendAsync(put), HttpStatusCode.OK);
            var completed = await _uploader.CompleteAsync(account, ticket, null);
            await Uploader.Expect(completed, HttpStatusCode.OK);
            var file = await completed.Content.ReadFromJsonAsync<JsonElement>();
            file.GetProperty("status").GetString().Should().Be("processing");
            return file.GetProperty("id").GetGuid();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private async Task<bool> RememberedAsync(Guid project)
    {
        await using var db = media.OpenDatabase();
        return await db.DeletedProjects.AnyAsync(p => p.ProjectId == project);
    }

    private async Task<int> UnsettledAsync(Guid companyId)
    {
        await using var db = media.OpenDatabase();
        return await db.Uploads.CountAsync(u => u.CompanyId == companyId && u.SettledAt == null);
    }
}

public sealed class FileSystemDeletedProjectTests(FileSystemDeletedProjectsFixture media) : DeletedProjectTests(media), IClassFixture<FileSystemDeletedProjectsFixture>
{
    protected override bool LateWritesLand => false;
}

public sealed class S3DeletedProjectTests(S3DeletedProjectsFixture media) : DeletedProjectTests(media), IClassFixture<S3DeletedProjectsFixture>
{
    protected override bool LateWritesLand => true;
}
