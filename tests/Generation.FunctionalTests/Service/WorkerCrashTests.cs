namespace AiVideo.Generation.FunctionalTests.Service;

/// <summary>
/// Durable jobs: a generation-api process is killed (SIGKILL) in the middle of rendering; another instance takes the job
/// over once its lease has run out, stops the ffmpeg the dead one left behind, removes its workspaces, and finishes the
/// job once: one <see cref="VideoReady"/>, one stored file per output.
/// </summary>
public sealed class WorkerCrashTests(NoWorkersFixture system) : IClassFixture<NoWorkersFixture>
{
    [Fact]
    public async Task A_job_whose_worker_is_killed_is_taken_over_when_its_lease_runs_out_and_finishes_once()
    {
        var account = await system.SignUpAsync();
        var picture = await MediaUploads.StoreAsync(system, account, MediaUploads.Picture(640, 360), "scene.png", "image/png", "company-asset");
        await using var ready = await RabbitMqProbe.BindAsync<VideoReady>(system.EventBus);
        var (process, _) = await system.StartWorkerProcessAsync("doomed", new Dictionary<string, string?> { ["Generation:Jobs:LeaseDuration"] = "00:00:06" });
        var doomedFolder = Path.Combine(system.WorkspaceRoot, "instance-doomed");
        var request = Guid.NewGuid();
        var project = Guid.NewGuid();
        var scene = Guid.NewGuid();

        await using (process)
        {
            await system.PublishAsync(new VideoRequested(request, account.CompanyId, account.UserId, project, scene, VideoKinds.Clip,
                new VideoInputs(picture, [], [], null, null, null, null, null, Variation: 3), 640, 360, 30, 4));
            await Eventually.True(async () => (await system.JobsAsync(request)).SingleOrDefault() is { Status: JobStatus.Running, LeaseOwner: "doomed" }
                    && MediaTools.ProcessesMentioning(doomedFolder + "/").Count > 0,
                "the doomed worker is rendering the clip", TimeSpan.FromMinutes(3));

            Posix.Signal(process.Id, Posix.SigKill);
            await process.WaitForExitAsync();
        }
        var killedAt = DateTimeOffset.UtcNow;

        await using var rescuer = await system.StartWorkerAsync("rescuer");
        await Eventually.True(() => MediaTools.ProcessesMentioning(doomedFolder + "/").Count == 0 && !Directory.Exists(doomedFolder),
            "the rescuer stopped the dead worker's ffmpeg and removed its workspaces", TimeSpan.FromSeconds(30));
        var job = await system.JobAsync(request, TimeSpan.FromMinutes(3), JobStatus.Succeeded, JobStatus.Failed);

        job.Status.Should().Be(JobStatus.Succeeded, job.ErrorMessage);
        job.Attempts.Should().Be(2, "the killed attempt and the one that finished");
        job.StartedAt.Should().BeBefore(killedAt);
        await Eventually.True(system.OutboxDrainedAsync, "the outbox published what the job wrote");
        await Eventually.True(async () => await ready.CountAsync() >= 1, "VideoReady went out");
        var announced = (await ready.DrainMessagesAsync()).Where(m => m.GetProperty("requestId").GetGuid() == request).ToList();
        announced.Should().ContainSingle("the job finished once");
        var files = await system.FilesAsync(account);
        files.Count(f => f.GetProperty("sceneId").ValueKind == JsonValueKind.String && f.GetProperty("sceneId").GetGuid() == scene)
            .Should().Be(2, "the clip and its seed frame, each stored once");
        files.Should().Contain(f => f.GetProperty("id").GetGuid() == announced[0].GetProperty("fileId").GetGuid());
    }

    [Fact]
    public async Task A_worker_stopped_gracefully_hands_its_job_back_and_another_finishes_it_without_counting_the_interrupted_attempt()
    {
        var account = await system.SignUpAsync();
        var picture = await MediaUploads.StoreAsync(system, account, MediaUploads.Picture(320, 180), "scene.png", "image/png", "company-asset");
        var request = Guid.NewGuid();
        var leaving = await system.StartWorkerAsync("leaving");
        await system.PublishAsync(new VideoRequested(request, account.CompanyId, account.UserId, Guid.NewGuid(), Guid.NewGuid(), VideoKinds.Clip,
            new VideoInputs(picture, [], [], null, null, null, null, null), 320, 180, 30, 4));
        var leavingFolder = Path.Combine(system.WorkspaceRoot, "instance-leaving");
        await Eventually.True(async () => (await system.JobsAsync(request)).SingleOrDefault() is { Status: JobStatus.Running, LeaseOwner: "leaving" }
                && MediaTools.ProcessesMentioning(leavingFolder + "/").Count > 0,
            "the leaving worker is rendering the clip", TimeSpan.FromSeconds(60));

        await leaving.DisposeAsync();
        var handedBack = (await system.JobsAsync(request)).Single();
        var leftRunning = MediaTools.ProcessesMentioning(leavingFolder + "/");
        await using var staying = await system.StartWorkerAsync("staying");
        var job = await system.JobAsync(request, TimeSpan.FromMinutes(3), JobStatus.Succeeded, JobStatus.Failed);

        (handedBack.Status, handedBack.Attempts, handedBack.LeaseOwner).Should().Be((JobStatus.Queued, 0, (string?)null), "a stopping worker hands its job back at once");
        leftRunning.Should().BeEmpty("the leaving worker stopped its ffmpeg before it exited");
        (job.Status, job.Attempts).Should().Be((JobStatus.Succeeded, 1));
    }
}
