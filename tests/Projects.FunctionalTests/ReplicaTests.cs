namespace AiVideo.Projects.FunctionalTests;

/// <summary>Several replicas: results handled by whichever takes them, each decision made once, live events served by any replica.</summary>
public sealed class ReplicaTests(ReplicasFixture replicas) : IClassFixture<ReplicasFixture>
{
    [Fact]
    public async Task Two_replicas_consuming_concurrently_take_every_decision_once()
    {
        var admin = await Accounts.AdminAsync();
        var first = ReplicasFixture.ClientOf(replicas.First);
        var second = ReplicasFixture.ClientOf(replicas.Second);
        var projects = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            var client = i % 2 == 0 ? first : second;
            var id = (await client.CreateProjectAsync(admin, new { title = $"Replica {i}", prompt = "Many scenes at once", sceneCount = 6 })).GetProperty("id").GetGuid();
            projects.Add(id);
        }
        var consumedBefore = (replicas.FirstConsumed.Count, replicas.SecondConsumed.Count);

        await Task.WhenAll(projects.Select(async (id, i) =>
            await ProjectsClient.ExpectAsync(await (i % 2 == 0 ? second : first).PostAsync($"/api/projects/{id}/generate", admin), HttpStatusCode.Accepted)));
        foreach (var id in projects)
        {
            await first.WaitForStatusAsync(admin, id, "completed", TimeSpan.FromMinutes(2));
        }

        foreach (var id in projects)
        {
            var images = replicas.Harness.Of<ImageRequested>(id);
            images.Should().HaveCount(6).And.OnlyHaveUniqueItems(i => i.SceneId);
            var videos = replicas.Harness.Of<VideoRequested>(id);
            videos.Where(v => v.Kind == VideoKinds.Clip).Should().HaveCount(6).And.OnlyHaveUniqueItems(v => v.SceneId);
            videos.Where(v => v.Kind == VideoKinds.Final).Should().ContainSingle();
            replicas.Harness.Of<ProjectCompleted>(id).Should().ContainSingle();
            await using var db = replicas.OpenDatabase();
            var sequences = await db.Activity.Where(a => a.ProjectId == id).OrderBy(a => a.Sequence).Select(a => a.Sequence).ToListAsync();
            sequences.Should().Equal(Enumerable.Range(1, sequences.Count).Select(n => (long)n), "the history has no gaps and no number twice");
        }
        (replicas.FirstConsumed.Count - consumedBefore.Item1).Should().BePositive("the first replica took results");
        (replicas.SecondConsumed.Count - consumedBefore.Item2).Should().BePositive("the second replica took results");
    }

    [Fact]
    public async Task A_subscriber_on_one_replica_sees_live_every_change_the_other_replicas_make_until_the_project_completes()
    {
        var admin = await Accounts.AdminAsync();
        var front = ReplicasFixture.ClientOf(replicas.Front);
        var projectId = (await front.CreateProjectAsync(admin)).GetProperty("id").GetGuid();
        await using var events = await SseClient.ConnectAsync(front.Http, projectId, admin.Token);
        events.Response.Content.Headers.ContentType!.MediaType.Should().Be("text/event-stream");
        await events.WaitForAsync(e => e.Count >= 1, "the stored history is sent first");

        await ProjectsClient.ExpectAsync(await ReplicasFixture.ClientOf(replicas.First).PostAsync($"/api/projects/{projectId}/generate", admin), HttpStatusCode.Accepted);
        await events.WaitClosedAsync(TimeSpan.FromMinutes(2));

        var received = events.Events;
        received.Select(e => e.Id).Should().Equal(Enumerable.Range(1, received.Count).Select(n => (long)n), "every entry once, in order");
        received.Where(e => e.Event == "project_status").Select(e => e.Data.GetProperty("status").GetString())
            .Should().Equal("draft", "storyboarding", "generating", "rendering", "completed");
        received.Should().Contain(e => e.Event == "scene_status" && e.Data.GetProperty("status").GetString() == "generating_image");
        received.Should().Contain(e => e.Event == "scene_progress").And.Contain(e => e.Event == "project_progress");
        received.Last(e => e.Event == "project_progress").Data.GetProperty("percent").GetInt32().Should().Be(100);
        received.Select(e => e.Data.GetProperty("sequence").GetInt64()).Should().Equal(received.Select(e => e.Id));
        await using var db = replicas.OpenDatabase();
        (await db.Activity.CountAsync(a => a.ProjectId == projectId)).Should().Be(received.Count, "the stream carried the whole history");
    }

    [Fact]
    public async Task A_subscriber_reconnecting_with_its_last_event_id_gets_the_rest_once_and_then_nothing_more()
    {
        var admin = await Accounts.AdminAsync();
        var front = ReplicasFixture.ClientOf(replicas.Front);
        var projectId = (await front.CreateProjectAsync(admin)).GetProperty("id").GetGuid();
        replicas.Harness.Hold(projectId);
        await ProjectsClient.ExpectAsync(await ReplicasFixture.ClientOf(replicas.Second).PostAsync($"/api/projects/{projectId}/generate", admin), HttpStatusCode.Accepted);
        var storyboard = (await replicas.Harness.WaitForAsync<StoryboardRequested>(projectId)).Single();

        long lastSeen;
        await using (var before = await SseClient.ConnectAsync(front.Http, projectId, admin.Token))
        {
            lastSeen = (await before.WaitForAsync(e => e.Any(x => x.Data.GetProperty("status").GetString() == "storyboarding"), "the start is seen")).Max(e => e.Id);
        }
        await replicas.Harness.PublishAsync(Answers.Storyboard(storyboard));
        foreach (var image in await replicas.Harness.WaitForAsync<ImageRequested>(projectId, 3))
        {
            await replicas.Harness.AnswerAsync(image);
        }
        foreach (var clip in await replicas.Harness.WaitForAsync<VideoRequested>(projectId, 3))
        {
            await replicas.Harness.AnswerAsync(clip);
        }
        await using var after = await SseClient.ConnectAsync(front.Http, projectId, admin.Token, lastSeen);
        await after.WaitForAsync(e => e.Any(x => x.Data.GetProperty("status").GetString() == "rendering"), "the missed entries arrive");
        await replicas.Harness.AnswerAsync((await replicas.Harness.WaitForAsync<VideoRequested>(projectId, 4)).Single(v => v.Kind == VideoKinds.Final));
        await after.WaitClosedAsync();

        after.Events.Select(e => e.Id).Should().Equal(Enumerable.Range((int)lastSeen + 1, after.Events.Count).Select(n => (long)n),
            "the rest of the history, from the entry after the last one seen, once each");
        after.Events.Last(e => e.Event == "project_status").Data.GetProperty("status").GetString().Should().Be("completed");
        await using var again = await SseClient.ConnectAsync(front.Http, projectId, admin.Token, after.Events.Max(e => e.Id));
        again.Response.StatusCode.Should().Be(HttpStatusCode.NoContent, "a completed project with nothing new tells EventSource to stop reconnecting");
    }

    [Fact]
    public async Task A_provider_that_cannot_be_checked_because_generation_is_unreachable_is_a_503_that_creates_nothing()
    {
        // These replicas are given no generation-api (their service discovery points at a closed port).
        var admin = await Accounts.AdminAsync();
        var api = ReplicasFixture.ClientOf(replicas.First);
        var before = (await ProjectsClient.ExpectAsync(await api.GetAsync("/api/projects?scope=mine", admin), HttpStatusCode.OK)).GetProperty("items").GetArrayLength();

        var response = await api.PostAsync("/api/projects", admin, new { title = "T", prompt = "P", provider = "openai" });

        var problem = await ProjectsClient.ProblemAsync(response, HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter.Should().NotBeNull();
        problem.ToString().Should().NotContain("127.0.0.1").And.NotContain("generation-api:");
        (await ProjectsClient.ExpectAsync(await api.GetAsync("/api/projects?scope=mine", admin), HttpStatusCode.OK)).GetProperty("items").GetArrayLength()
            .Should().Be(before, "nothing was created");
    }
}
