using Xunit.Abstractions;

namespace AiVideo.EndToEnd.Tests;

/// <summary>
/// Faults in the middle of a pipeline, done to the running system as they happen in production: generation-api killed
/// with SIGKILL (and started again), RabbitMQ restarted, projects-api restarted under a connected event stream. The
/// project still ends with exactly what one clean run makes, announced once, and a follower misses nothing.
/// </summary>
[Collection(nameof(SystemCollection))]
public sealed class FaultTests(SystemFixture system, ITestOutputHelper log)
{
    private static readonly TimeSpan Pipeline = TimeSpan.FromMinutes(6);

    private GatewayClient Api => system.Api;

    private Studio Studio => new(system.Api);

    [Fact]
    public async Task A_pipeline_survives_generation_api_killed_with_sigkill_and_started_again_making_each_scene_once_and_one_webhook()
    {
        var (admin, projectId, hooks, events) = await StartPipelineAsync();
        await using (events)
        {
            var generation = await Database.OfAsync(system, ResourceNames.GenerationDatabase);
            await RunningJobAsync(generation, projectId, "clip");
            var pid = system.Control.ProcessIdOf(ResourceNames.GenerationApi);

            await system.Control.KillAsync(ResourceNames.GenerationApi);
            var orphaned = await generation.RowsAsync("SELECT id FROM generation_jobs WHERE project_id = @project AND status = 'running'", ("project", projectId));
            orphaned.Should().NotBeEmpty("a job of the project was running when its worker was killed");
            await system.Control.StartAsync(ResourceNames.GenerationApi, pid);

            await events.WaitCompletedAsync(Pipeline);
            var jobs = await generation.RowsAsync("SELECT status, attempts FROM generation_jobs WHERE id = ANY(@ids)", ("ids", orphaned.Select(o => (Guid)o["id"]!).ToArray()));
            log.WriteLine($"The jobs running at the kill: {string.Join(", ", jobs.Select(j => $"{j["status"]} after {j["attempts"]} attempts"))}");
            jobs.Should().OnlyContain(j => (string)j["status"]! == "succeeded" && (int)j["attempts"]! > 1,
                "each job the killed worker held was taken over, ran again and finished");
        }
        await ExpectOneCleanRunAsync(admin, projectId, hooks);
    }

    [Fact]
    public async Task A_pipeline_survives_rabbitmq_restarted_in_its_middle_making_each_scene_once_and_one_webhook()
    {
        var (admin, projectId, hooks, events) = await StartPipelineAsync();
        await using (events)
        {
            await RunningJobAsync(await Database.OfAsync(system, ResourceNames.GenerationDatabase), projectId, "image", "clip");

            await system.Control.RestartAsync(ResourceNames.EventBus);

            await events.WaitCompletedAsync(Pipeline);
        }
        await ExpectOneCleanRunAsync(admin, projectId, hooks);
    }

    [Fact]
    public async Task An_event_stream_follower_reconnects_with_last_event_id_after_projects_api_restarts_and_misses_no_status_change()
    {
        var (admin, projectId, _, events) = await StartPipelineAsync(sceneCount: 1, seconds: 5);
        await using (events)
        {
            await events.WaitForAsync(e => e.IsProjectStatus("storyboarding"), "the run started", TimeSpan.FromMinutes(1));

            await system.Control.RestartAsync(ResourceNames.ProjectsApi);

            await events.WaitCompletedAsync(Pipeline);
            await events.WaitEndedAsync(TimeSpan.FromMinutes(1));
            var history = await ActivityAsync(admin, projectId);
            var connections = events.Connections;
            log.WriteLine(string.Join('\n', connections.Select(c => $"Last-Event-ID {c.LastEventIdSent?.ToString() ?? "-"} → {c.Status} {c.Error} ({c.EventsRead} events)")));

            var untilCompleted = history.TakeWhile(h => h.GetProperty("type").GetString() != "project_status" || h.GetProperty("status").GetString() != "completed")
                .Append(history.First(h => h.GetProperty("type").GetString() == "project_status" && h.GetProperty("status").GetString() == "completed"));
            // Entries recorded after the completion (a late progress report, the final video's asset) may reach the
            // follower before its stream ends; what counts is everything up to the completion.
            var followedUntilCompleted = events.Events.TakeWhile(e => !e.IsProjectStatus("completed"))
                .Concat(events.Events.Where(e => e.IsProjectStatus("completed")).Take(1));
            followedUntilCompleted.Select(e => e.Id).Should().Equal(untilCompleted.Select(h => h.GetProperty("sequence").GetInt64()),
                "across the restart the follower got every entry of the project's history up to its completion, once and in order");
            events.Events.Select(e => e.Id).Should().OnlyHaveUniqueItems().And.BeInAscendingOrder();
            events.Events.Where(e => e.Type == "project_status").Select(e => e.Status)
                .Should().Equal(["draft", "storyboarding", "generating", "rendering", "completed"]);
            connections.Where(c => c.Status is not (200 or null)).Should().OnlyContain(c => c.Status == 502 || c.Status == 503,
                "while projects-api is away the gateway answers a reconnect with its problem for an unavailable service");
            var reconnected = connections.Skip(1).Where(c => c.Status == 200).ToList();
            reconnected.Should().NotBeEmpty("the follower opened the stream again after the restart");
            reconnected.Should().OnlyContain(c => c.LastEventIdSent != null, "a reconnect names the last event it saw");
            reconnected.Sum(c => c.EventsRead).Should().BeGreaterThan(0, "status changes after the restart arrived on the new stream");
        }
    }

    /// <summary>A small project (two scenes of 5 s unless told) of a new company with a <c>project.completed</c> endpoint, generating and followed.</summary>
    private async Task<(Account Admin, Guid ProjectId, WebhookSubscription Hooks, ProjectEventsSubscriber Events)> StartPipelineAsync(int sceneCount = 2, int seconds = 10)
    {
        var admin = await Api.RegisterAsync("Fault Studio");
        var hooks = await WebhookSubscription.CreateAsync(Api, system.Webhooks, admin, "project.completed");
        var projectId = await Studio.CreateSmallProjectAsync(admin, sceneCount, seconds);
        var events = await Studio.GenerateAsync(admin, projectId);
        return (admin, projectId, hooks, events);
    }

    /// <summary>Waits until generation runs a job of the project of one of the kinds (the middle of the pipeline).</summary>
    private static Task RunningJobAsync(Database generation, Guid projectId, params string[] kinds) =>
        Eventually.Until(() => generation.RowsAsync("SELECT id FROM generation_jobs WHERE project_id = @project AND status = 'running' AND kind = ANY(@kinds)",
                ("project", projectId), ("kinds", kinds)),
            found => found.Count > 0, $"a {string.Join(" or ", kinds)} job of the project is running", Pipeline, TimeSpan.FromMilliseconds(100));

    private async Task ExpectOneCleanRunAsync(Account admin, Guid projectId, WebhookSubscription hooks)
    {
        var project = await Studio.ProjectAsync(admin, projectId);
        await ProjectAudit.ExpectOneOfEachAsync(Api, admin, project);
        var completed = await hooks.WaitForAsync("project.completed", 1, TimeSpan.FromMinutes(2));
        hooks.Received.Should().ContainSingle("one run, one final video, one project.completed").Which.Verified.Should().BeTrue();
        completed.Single().Data.GetProperty("finalVideoFileId").GetGuid().Should().Be(project.GetProperty("finalVideo").GetProperty("fileId").GetGuid());
    }

    /// <summary>The project's whole stored history, oldest first, read page by page.</summary>
    private async Task<List<JsonElement>> ActivityAsync(Account admin, Guid projectId)
    {
        var entries = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var page = await Api.GetJsonAsync($"/api/projects/{projectId}/activity?limit=100{(cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}")}", admin.Session);
            entries.AddRange(page.GetProperty("items").EnumerateArray());
            cursor = page.GetProperty("nextCursor").ValueKind == JsonValueKind.String ? page.GetProperty("nextCursor").GetString() : null;
        }
        while (cursor is not null);
        return entries;
    }
}
