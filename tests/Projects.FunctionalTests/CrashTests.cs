namespace AiVideo.Projects.FunctionalTests;

/// <summary>
/// projects-api stopping between committing a result and publishing the requests it decided on: the decisions wait in
/// the outbox, and the next replica to start publishes them, once, and the run goes on.
/// </summary>
public sealed class CrashTests : IAsyncLifetime
{
    private GenerationHarness _harness = null!;
    private string _database = "";
    private string _eventBus = "";

    public async Task InitializeAsync()
    {
        var servers = await TestServers.GetAsync();
        _eventBus = await servers.CreateVirtualHostAsync("crash");
        _database = await servers.CreateDatabaseAsync("crash");
        _harness = await GenerationHarness.StartAsync(_eventBus);
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Requests_decided_before_a_crash_are_published_once_after_the_restart_and_the_run_completes()
    {
        var admin = await Accounts.AdminAsync();
        var settings = await ProjectsHost.SettingsAsync(_database, _eventBus, null);
        Guid projectId;
        await using (var doomed = await ProjectsHost.StartAsync(settings, ProjectsHost.WithoutOutboxDispatcher))
        {
            var client = ReplicasFixture.ClientOf(doomed);
            projectId = (await client.CreateProjectAsync(admin)).GetProperty("id").GetGuid();
            _harness.Hold(projectId);
            var started = await ProjectsClient.ExpectAsync(await client.PostAsync($"/api/projects/{projectId}/generate", admin), HttpStatusCode.Accepted);
            var requestId = started.GetProperty("requestId").GetGuid();

            // Generation answers the storyboard request (its id came back in the 202); the replica applies it and commits
            // its next requests to the outbox, and dies before its dispatcher would have published them.
            await _harness.PublishAsync(new StoryboardGenerated(requestId, admin.CompanyId, projectId, "Crash course", "Overview",
                Enumerable.Range(1, 3).Select(i => new StoryboardScene(i, $"Scene {i}", "", $"Line {i}.", $"Prompt {i}", null, 2)).ToList()));
            await client.WaitForStatusAsync(admin, projectId, "generating");
            await using var db = Open();
            (await db.Database.SqlQuery<long>($"SELECT count(*) AS \"Value\" FROM outbox_messages WHERE published_at IS NULL").SingleAsync())
                .Should().Be(4, "the storyboard request and three image requests wait in the outbox");
        }
        _harness.ReceivedFor(projectId).Should().BeEmpty("nothing was published before the crash");

        await using var restarted = await ProjectsHost.StartAsync(settings);
        var images = await _harness.WaitForAsync<ImageRequested>(projectId, 3);
        foreach (var image in images)
        {
            await _harness.AnswerAsync(image);
        }
        foreach (var clip in await _harness.WaitForAsync<VideoRequested>(projectId, 3))
        {
            await _harness.AnswerAsync(clip);
        }
        await _harness.AnswerAsync((await _harness.WaitForAsync<VideoRequested>(projectId, 4)).Single(v => v.Kind == VideoKinds.Final));
        await ReplicasFixture.ClientOf(restarted).WaitForStatusAsync(admin, projectId, "completed");
        await Settling.WaitAsync(Open, _harness, projectId);

        _harness.Of<StoryboardRequested>(projectId).Should().ContainSingle("the request from before the crash went out once, late");
        _harness.Of<ImageRequested>(projectId).Should().HaveCount(3).And.OnlyHaveUniqueItems(i => i.SceneId);
        _harness.ReceivedFor(projectId).Select(r => r.MessageId).Should().OnlyHaveUniqueItems("each outbox row was published once");
        _harness.Of<VideoRequested>(projectId).Should().HaveCount(4);
    }

    private ProjectsContext Open() => new(new DbContextOptionsBuilder<ProjectsContext>().UseNpgsql(_database).Options);
}
