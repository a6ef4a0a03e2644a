using AiVideo.BuildingBlocks.Inbox;
using AiVideo.Contracts;
using MassTransit;

namespace AiVideo.MediaStorage.FunctionalTests;

/// <summary>A deleted project's files leave with it, objects and records, whatever state they are in; redeliveries change nothing.</summary>
public abstract class ProjectDeletedTests(MediaFixture media)
{
    private readonly Uploader _uploader = new(media);

    [Fact]
    public async Task Every_file_of_a_deleted_project_goes_once_and_a_redelivery_changes_nothing()
    {
        var account = await media.SignUpAsync();
        var (project, kept) = (Guid.NewGuid(), Guid.NewGuid());
        await _uploader.UploadAsync(account, TestContent.Png(4, 4), "image/png", "scene-image", project, Guid.NewGuid());
        await _uploader.UploadAsync(account, TestContent.Mp3(), "audio/mpeg", "project-upload", project);
        var pending = await _uploader.CreateAsync(account, "pending.mp4", "video/mp4", 4096, "project-upload", project);
        await _uploader.SendAsync(pending, TestContent.Mp4(4096), "video/mp4");
        var survivor = await _uploader.UploadAsync(account, TestContent.Png(2, 2, size: 2048), "image/png", "project-upload", kept);
        var messageId = NewId.NextGuid();
        var bus = media.Media.Services.GetRequiredService<IBus>();
        var deleted = new ProjectDeleted(project, account.CompanyId, account.UserId, DateTimeOffset.UtcNow);

        await bus.Publish(deleted, context => context.MessageId = messageId);
        await bus.Publish(deleted, context => context.MessageId = messageId);
        var another = NewId.NextGuid();
        await bus.Publish(deleted, context => context.MessageId = another);
        await Eventually.True(() => media.Deliveries.Of(messageId) == 2 && media.Deliveries.Of(another) == 1,
            "the deletion, its redelivery and a second deletion of the same project were consumed");

        (await HandledAsync(messageId)).Should().Be(1, "the redelivery was skipped");
        (await HandledAsync(another)).Should().Be(1, "a new deletion of a project already gone finds nothing to do");
        (await media.RegisteredFilesAsync(account.CompanyId)).Select(f => f.Id).Should().Equal(survivor.GetProperty("id").GetGuid());
        (await media.StoredObjectsAsync(account.CompanyId)).Should().ContainSingle()
            .Which.Key.Should().Contain($"/projects/{kept:D}/");
        var usage = await media.UsageAsync(account);
        usage.GetProperty("bytesUsed").GetInt64().Should().Be(2048);
        usage.GetProperty("fileCount").GetInt32().Should().Be(1);
        usage.GetProperty("reservedBytes").GetInt64().Should().Be(0, "the upload under way gave its reservation back");
        await Uploader.ExpectProblem(await _uploader.CompleteAsync(account, pending, null), HttpStatusCode.Gone);
    }

    private async Task<int> HandledAsync(Guid messageId)
    {
        await using var db = media.OpenDatabase();
        return await db.Set<InboxMessage>().CountAsync(m => m.MessageId == messageId);
    }
}

public sealed class FileSystemProjectDeletedTests(FileSystemMediaFixture media) : ProjectDeletedTests(media), IClassFixture<FileSystemMediaFixture>;

public sealed class S3ProjectDeletedTests(S3MediaFixture media) : ProjectDeletedTests(media), IClassFixture<S3MediaFixture>;
