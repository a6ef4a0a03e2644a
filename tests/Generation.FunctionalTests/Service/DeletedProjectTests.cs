namespace AiVideo.Generation.FunctionalTests.Service;

/// <summary>
/// RabbitMQ orders nothing between queues, so a request for a project published just before its deletion can reach
/// generation-api after the deletion did. Such a request starts no job: its job is recorded as cancelled ("project
/// deleted"), announced to nobody. A job whose project media-api already removed (generation has not heard yet) ends
/// cancelled when media refuses its files or answers that its inputs went with the project, without failing or trying
/// again. Deleted projects are remembered for <c>Retention:DeletedProjects</c> (two days here; the test moves the clock).
/// </summary>
public sealed class DeletedProjectTests(DeletedProjectsFixture system) : IClassFixture<DeletedProjectsFixture>
{
    [Fact]
    public async Task Requests_for_a_project_consumed_after_its_deletion_start_no_job_and_are_recorded_as_cancelled_once()
    {
        var account = await system.SignUpAsync();
        await using var failures = await RabbitMqProbe.BindAsync<GenerationFailed>(system.EventBus);
        var project = Guid.NewGuid();
        await system.DeleteProjectAsync(account, project);
        var (storyboard, image, clip, elsewhere) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var imageRequest = Image(image, account, project);

        await system.DeliverAsync(new StoryboardRequested(storyboard, account.CompanyId, account.UserId, project, "A storyboard asked for too late", null, null,
            20, 4, "16:9", null));
        await system.DeliverAsync(imageRequest);
        await system.DeliverAsync(new VideoRequested(clip, account.CompanyId, account.UserId, project, Guid.NewGuid(), VideoKinds.Clip,
            new VideoInputs(Guid.NewGuid(), [], [], null, null, null, null, null), 320, 180, 30, 2));
        await system.DeliverAsync(imageRequest); // redelivered under another message id: the same job answers
        await system.PublishAsync(Image(elsewhere, account, Guid.NewGuid()));

        (await system.JobAsync(elsewhere, TimeSpan.FromSeconds(90), JobStatus.Succeeded)).Attempts.Should().Be(1, "the workers run the other project's job");
        foreach (var request in new[] { storyboard, image, clip })
        {
            var job = (await system.JobsAsync(request)).Should().ContainSingle().Subject;
            (job.Status, job.CancelReason, job.Attempts, job.StartedAt).Should().Be((JobStatus.Cancelled, "project deleted", 0, (DateTimeOffset?)null),
                "a request for a deleted project never runs");
        }
        var shown = await (await system.GenerationAsync(HttpMethod.Get, $"/api/generations/{image}", account.Token)).Content.ReadFromJsonAsync<JsonElement>();
        (shown.GetProperty("status").GetString(), shown.GetProperty("cancelReason").GetString()).Should().Be(("cancelled", "project deleted"));
        await Eventually.True(system.OutboxDrainedAsync, "the outbox is empty");
        (await failures.CountAsync()).Should().Be(0, "nobody waits for the results of a deleted project");
        (await system.FilesAsync(account)).Should().ContainSingle("only the other project's image was stored")
            .Which.GetProperty("projectId").GetGuid().Should().NotBe(project);
    }

    [Fact]
    public async Task A_job_whose_project_media_already_removed_ends_cancelled_when_media_refuses_its_files_without_failing_or_retrying()
    {
        var account = await system.SignUpAsync();
        await using var failures = await RabbitMqProbe.BindAsync<GenerationFailed>(system.EventBus);
        var project = Guid.NewGuid();
        await system.DeleteProjectInMediaAsync(account, project);
        var (image, clip) = (Guid.NewGuid(), Guid.NewGuid());
        var gone = Guid.NewGuid(); // the scene image the clip was to be made from, removed with the project

        await system.DeliverAsync(Image(image, account, project));
        await system.DeliverAsync(new VideoRequested(clip, account.CompanyId, account.UserId, project, Guid.NewGuid(), VideoKinds.Clip,
            new VideoInputs(gone, [], [], null, null, null, null, null), 320, 180, 30, 2));

        foreach (var request in new[] { image, clip })
        {
            var job = await system.JobAsync(request, TimeSpan.FromSeconds(90), JobStatus.Cancelled, JobStatus.Failed, JobStatus.Succeeded);
            (job.Status, job.CancelReason, job.Attempts).Should().Be((JobStatus.Cancelled, "project deleted", 1),
                "media's 410 project_deleted ends the job at its first attempt");
        }
        (await system.RememberedAsync(project)).Should().BeFalse("generation has not heard of the deletion itself");
        await Eventually.True(system.OutboxDrainedAsync, "the outbox is empty");
        (await failures.CountAsync()).Should().Be(0, "nobody waits for the results of a deleted project");
        (await system.FilesAsync(account)).Should().BeEmpty("nothing of the deleted project was stored");
    }

    [Fact]
    public async Task A_deleted_project_is_forgotten_once_the_retention_time_has_passed_and_not_before()
    {
        var account = await system.SignUpAsync();
        var (older, newer) = (Guid.NewGuid(), Guid.NewGuid());
        await system.DeleteProjectAsync(account, older);
        await Eventually.True(() => system.MediaRemembersAsync(older), "media-api heard of the deletion too");
        system.Clock.Advance(TimeSpan.FromDays(1));
        await system.DeleteProjectAsync(account, newer);

        system.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));

        await Eventually.True(async () => !await system.RememberedAsync(older), "the sweep forgot the project deleted two days ago");
        (await system.RememberedAsync(newer)).Should().BeTrue("the project deleted a day ago is still within Retention:DeletedProjects");
        var (forgotten, remembered) = (Guid.NewGuid(), Guid.NewGuid());
        await system.DeliverAsync(Image(remembered, account, newer));
        await system.DeliverAsync(Image(forgotten, account, older));
        (await system.JobsAsync(remembered)).Single().Should().Match<GenerationJob>(j => j.Status == JobStatus.Cancelled && j.Attempts == 0);
        // generation forgot the older project, so its job runs; media-api, whose clock did not move, still refuses its image.
        var job = await system.JobAsync(forgotten, TimeSpan.FromSeconds(90), JobStatus.Cancelled, JobStatus.Failed, JobStatus.Succeeded);
        (job.Status, job.Attempts).Should().Be((JobStatus.Cancelled, 1));
    }

    private static ImageRequested Image(Guid request, Account account, Guid project) =>
        new(request, account.CompanyId, account.UserId, project, Guid.NewGuid(), "A lighthouse at dusk", null, 320, 180, [], null);
}
