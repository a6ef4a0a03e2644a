namespace AiVideo.Generation.FunctionalTests.Service;

/// <summary>
/// Stopping work: cancelling a request through the API, or deleting the video, kills its running ffmpeg and removes its
/// workspace; a deleted project cancels its queued and running jobs; projects-api's cancellation request cancels one quietly.
/// </summary>
public sealed class CancellationTests(GenerationFixture system) : IClassFixture<GenerationFixture>
{
    [Fact]
    public async Task Cancelling_a_running_video_kills_its_ffmpeg_removes_its_workspace_and_tells_whoever_waits()
    {
        var account = await system.SignUpAsync();
        await using var failures = await RabbitMqProbe.BindAsync<GenerationFailed>(system.EventBus);
        var created = await system.GenerationAsync(HttpMethod.Post, "/api/videos", account.Token, new { prompt = "A long train journey", seconds = 60, size = "1280x720" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await Eventually.True(async () => (await system.JobsAsync(id)).Single().Status == JobStatus.Running
                && MediaTools.ProcessesMentioning(system.WorkspaceRoot + "/").Any(IsTool),
            "ffmpeg renders the video", TimeSpan.FromSeconds(90));

        var cancelled = await system.GenerationAsync(HttpMethod.Post, $"/api/generations/{id}/cancel", account.Token, new { reason = "changed my mind" });

        cancelled.StatusCode.Should().Be(HttpStatusCode.OK);
        (await cancelled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString().Should().Be("cancelled");
        await Eventually.True(() => !MediaTools.ProcessesMentioning(system.WorkspaceRoot + "/").Any(IsTool), "ffmpeg was killed", TimeSpan.FromSeconds(10));
        await Eventually.True(() => JobWorkspaces().Count == 0, "the job's workspace was removed", TimeSpan.FromSeconds(10));
        var video = await (await system.GenerationAsync(HttpMethod.Get, $"/api/videos/{id}", account.Token)).Content.ReadFromJsonAsync<JsonElement>();
        video.GetProperty("status").GetString().Should().Be("cancelled");
        video.GetProperty("error").GetProperty("message").GetString().Should().Contain("changed my mind");
        await Eventually.True(async () => await failures.CountAsync() >= 1, "GenerationFailed went out");
        var failed = (await failures.DrainMessagesAsync()).Single();
        (failed.GetProperty("requestId").GetGuid(), failed.GetProperty("errorCode").GetString()).Should().Be((id, "cancelled"));
        var generation = await (await system.GenerationAsync(HttpMethod.Get, $"/api/generations/{id}", account.Token)).Content.ReadFromJsonAsync<JsonElement>();
        (generation.GetProperty("status").GetString(), generation.GetProperty("kind").GetString(), generation.GetProperty("cancelReason").GetString())
            .Should().Be(("cancelled", "text_to_video", "changed my mind"));
        generation.GetProperty("attempts").GetInt32().Should().Be(1);
        (await system.GenerationAsync(HttpMethod.Post, $"/api/generations/{id}/cancel", account.Token)).StatusCode.Should().Be(HttpStatusCode.Conflict,
            "a finished job cannot be cancelled again");
        (await system.FilesAsync(account)).Should().BeEmpty("nothing of the cancelled video was stored");
    }

    [Fact]
    public async Task Deleting_a_video_while_it_is_made_kills_its_ffmpeg_and_removes_its_workspace()
    {
        var account = await system.SignUpAsync();
        var created = await system.GenerationAsync(HttpMethod.Post, "/api/videos", account.Token, new { prompt = "A ferry crossing a wide bay", seconds = 40, size = "1280x720" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await Eventually.True(async () => (await system.JobsAsync(id)).Single().Status == JobStatus.Running
                && MediaTools.ProcessesMentioning(system.WorkspaceRoot + "/").Any(IsTool),
            "ffmpeg renders the video", TimeSpan.FromSeconds(90));

        var deleted = await system.GenerationAsync(HttpMethod.Delete, $"/api/videos/{id}", account.Token);

        deleted.StatusCode.Should().Be(HttpStatusCode.NoContent);
        await Eventually.True(() => !MediaTools.ProcessesMentioning(system.WorkspaceRoot + "/").Any(IsTool), "ffmpeg was killed", TimeSpan.FromSeconds(10));
        await Eventually.True(() => JobWorkspaces().Count == 0, "the job's workspace was removed", TimeSpan.FromSeconds(10));
        var job = (await system.JobsAsync(id)).Single();
        (job.Status, job.CancelReason, job.DeletedAt.HasValue).Should().Be((JobStatus.Cancelled, "deleted", true));
        (await system.GenerationAsync(HttpMethod.Get, $"/api/videos/{id}", account.Token)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await system.FilesAsync(account)).Should().BeEmpty("nothing of the deleted video was stored");
    }

    [Fact]
    public async Task A_deleted_project_cancels_its_queued_and_running_jobs_and_projects_can_cancel_one_quietly()
    {
        var account = await system.SignUpAsync();
        await using var failures = await RabbitMqProbe.BindAsync<GenerationFailed>(system.EventBus);
        var picture = await MediaUploads.StoreAsync(system, account, MediaUploads.Picture(1280, 720), "scene.png", "image/png", "company-asset");
        var (project, other) = (Guid.NewGuid(), Guid.NewGuid());
        var requests = Enumerable.Range(0, 4).Select(_ => Guid.NewGuid()).ToList();
        foreach (var request in requests)
        {
            await system.PublishAsync(new VideoRequested(request, account.CompanyId, account.UserId, project, Guid.NewGuid(), VideoKinds.Clip,
                new VideoInputs(picture, [], [], null, null, null, null, null), 1280, 720, 30, 30));
        }
        var quiet = Guid.NewGuid();
        await system.PublishAsync(new StoryboardRequested(quiet, account.CompanyId, account.UserId, other, "Queued behind the clips", null, null, 20, 4, "16:9", null));
        await Eventually.True(async () =>
        {
            var jobs = await Task.WhenAll(requests.Select(system.JobsAsync));
            return jobs.All(j => j.Count == 1) && jobs.Any(j => j[0].Status == JobStatus.Running);
        }, "the clips are queued and rendering", TimeSpan.FromSeconds(60));
        await system.PublishAsync(new GenerationCancellationRequested(quiet, account.CompanyId, "superseded"));
        var storyboard = await system.JobAsync(quiet, TimeSpan.FromSeconds(30), JobStatus.Cancelled, JobStatus.Succeeded);

        await system.PublishAsync(new ProjectDeleted(project, account.CompanyId, account.UserId, DateTimeOffset.UtcNow));

        foreach (var request in requests)
        {
            (await system.JobAsync(request, TimeSpan.FromSeconds(30), JobStatus.Cancelled, JobStatus.Succeeded)).Status.Should().Be(JobStatus.Cancelled);
        }
        await Eventually.True(() => !MediaTools.ProcessesMentioning(system.WorkspaceRoot + "/").Any(IsTool), "every ffmpeg of the project was killed", TimeSpan.FromSeconds(10));
        storyboard.Status.Should().Be(JobStatus.Cancelled, "projects-api withdrew the request before a worker took it");
        storyboard.CancelReason.Should().Be("superseded");
        await Eventually.True(system.OutboxDrainedAsync, "the outbox is empty");
        (await failures.CountAsync()).Should().Be(0, "nobody waits for the results of a deleted project or a withdrawn request");
    }

    private static bool IsTool(int pid) => Posix.CommandLine(pid).Contains("ffmpeg", StringComparison.Ordinal);

    private List<string> JobWorkspaces() =>
        [.. Directory.EnumerateDirectories(system.WorkspaceRoot, "*", SearchOption.AllDirectories).Where(d => !Path.GetFileName(d).StartsWith("instance-", StringComparison.Ordinal))];
}
