using AiVideo.Generation.Application.Jobs;
using AiVideo.Generation.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace AiVideo.Generation.FunctionalTests.Service;

/// <summary>
/// The job queue on real PostgreSQL, through the use cases the workers call: claims are fair between companies, never
/// given twice at once, taken over when a lease runs out (the old holder can no longer finish), and retries back off
/// until the attempts run out.
/// </summary>
public sealed class JobQueueTests(NoWorkersFixture system) : IClassFixture<NoWorkersFixture>
{
    [Fact]
    public async Task One_companys_hundred_queued_jobs_do_not_starve_another_companys_one()
    {
        var provider = $"fair-{Guid.NewGuid():N}"[..20];
        var (busy, quiet) = (Guid.NewGuid(), Guid.NewGuid());
        for (var i = 0; i < 100; i++)
        {
            await QueueAsync(busy, provider);
        }
        var lonely = await QueueAsync(quiet, provider);

        var first = await ClaimAsync(provider, "worker-1");
        var second = await ClaimAsync(provider, "worker-2");
        var third = await ClaimAsync(provider, "worker-3");

        first!.CompanyId.Should().Be(busy, "with nobody served yet, the job due first goes first");
        second!.JobId.Should().Be(lonely, "the company with nothing running comes before the one with a job running");
        third!.CompanyId.Should().Be(busy);
    }

    [Fact]
    public async Task A_job_queued_inside_a_consumers_transaction_wakes_the_workers_once_that_transaction_commits_not_before()
    {
        // Woken before the commit, a worker finds nothing to claim and then sleeps its whole poll interval.
        var signals = system.Generation.Services.GetRequiredService<Infrastructure.Jobs.JobSignals>();
        while (await signals.WaitForWorkAsync(TimeSpan.Zero, CancellationToken.None))
        {
            // Earlier tests' jobs left a wake-up behind (this instance runs no workers to take it).
        }
        await using var scope = system.Generation.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GenerationContext>();
        var companyId = Guid.NewGuid();
        var request = new JobRequest(Guid.NewGuid(), companyId, null, null, null, JobKinds.Storyboard, null, null,
            new StoryboardRequested(Guid.NewGuid(), companyId, Guid.NewGuid(), Guid.NewGuid(), "A prompt", null, null, 10, 2, "16:9", null));

        await using var inbox = await db.Database.BeginTransactionAsync();
        var job = await scope.ServiceProvider.GetRequiredService<EnqueueJob>().ExecuteAsync(request, CancellationToken.None);
        var wokenBeforeCommit = await signals.WaitForWorkAsync(TimeSpan.Zero, CancellationToken.None);
        await inbox.CommitAsync();
        var wokenAfterCommit = await signals.WaitForWorkAsync(TimeSpan.Zero, CancellationToken.None);

        job!.Status.Should().Be(JobStatus.Queued);
        wokenBeforeCommit.Should().BeFalse("a worker woken now could not see the job yet");
        wokenAfterCommit.Should().BeTrue("the committed job is there to claim");
    }

    [Fact]
    public async Task Workers_claiming_at_the_same_moment_never_take_the_same_job()
    {
        var provider = $"race-{Guid.NewGuid():N}"[..20];
        for (var i = 0; i < 12; i++)
        {
            await QueueAsync(Guid.NewGuid(), provider);
        }

        var claims = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() => ClaimAsync(provider, $"racer-{i}"))));

        claims.Should().OnlyContain(c => c != null);
        claims.Select(c => c!.JobId).Should().OnlyHaveUniqueItems();
        await using var db = system.OpenDatabase();
        var held = await db.Jobs.Where(j => j.Provider == provider && j.Status == JobStatus.Running).ToListAsync();
        held.Should().HaveCount(10);
        held.Select(j => j.LeaseOwner).Should().BeEquivalentTo(claims.Select(c => c!.Worker));
    }

    [Fact]
    public async Task A_job_whose_lease_ran_out_is_claimed_again_and_its_old_worker_can_neither_renew_nor_finish_it()
    {
        var provider = $"lease-{Guid.NewGuid():N}"[..20];
        await QueueAsync(Guid.NewGuid(), provider);
        var stalled = await ClaimAsync(provider, "stalled");
        (await ClaimAsync(provider, "eager")).Should().BeNull("a job under a live lease is not given out again");

        await Eventually.True(async () => (await system.JobsAsync(stalled!.RequestId)).Single().LeaseExpiresAt < DateTimeOffset.UtcNow,
            "the stalled worker's lease ran out", TimeSpan.FromSeconds(10));
        var rescue = await ClaimAsync(provider, "rescuer");

        rescue!.JobId.Should().Be(stalled!.JobId);
        rescue.Attempt.Should().Be(2);
        (await InScopeAsync(s => s.GetRequiredService<RenewJob>().ExecuteAsync(stalled, "clip", 50, CancellationToken.None))).Should().BeFalse();
        (await InScopeAsync(s => s.GetRequiredService<CompleteJob>().ExecuteAsync(stalled, JobOutcome.Of(new { late = true }, new ProjectCompleted(
            Guid.NewGuid(), stalled.CompanyId, Guid.NewGuid(), Guid.NewGuid(), 1, DateTimeOffset.UtcNow)), CancellationToken.None))).Should().BeFalse();
        (await InScopeAsync(s => s.GetRequiredService<RenewJob>().ExecuteAsync(rescue, "clip", 60, CancellationToken.None))).Should().BeTrue();
        (await InScopeAsync(s => s.GetRequiredService<CompleteJob>().ExecuteAsync(rescue, JobOutcome.Of(new { late = false }), CancellationToken.None))).Should().BeTrue();
        var job = (await system.JobsAsync(rescue.RequestId)).Single();
        (job.Status, job.Attempts, job.Output).Should().Be((JobStatus.Succeeded, 2, """{"late": false}"""));
        await using var db = system.OpenDatabase();
        (await db.Set<AiVideo.BuildingBlocks.Outbox.OutboxMessage>().CountAsync(m => m.MessageType == typeof(ProjectCompleted).FullName))
            .Should().Be(0, "the worker that lost the job published nothing");
    }

    [Fact]
    public async Task A_worker_that_claims_its_own_job_again_after_its_lease_ran_out_holds_only_the_newer_claim()
    {
        var provider = $"again-{Guid.NewGuid():N}"[..20];
        var jobId = await QueueAsync(Guid.NewGuid(), provider);
        var paused = await ClaimAsync(provider, "pausing");
        await ExpireLeaseAsync(jobId);

        var again = await ClaimAsync(provider, "pausing");

        (again!.JobId, again.Attempt).Should().Be((jobId, 2));
        (await InScopeAsync(s => s.GetRequiredService<RenewJob>().ExecuteAsync(paused!, "clip", 50, CancellationToken.None))).Should().BeFalse(
            "the run that paused past its lease lost the job, although the same worker claimed it again");
        (await InScopeAsync(s => s.GetRequiredService<FailJob>().ExecuteAsync(paused!, new JobFailure("boom", "late failure", Retryable: true), CancellationToken.None)))
            .Should().BeNull();
        (await InScopeAsync(s => s.GetRequiredService<ReleaseJob>().ExecuteAsync(paused!, CancellationToken.None))).Should().BeFalse();
        (await InScopeAsync(s => s.GetRequiredService<RenewJob>().ExecuteAsync(again, "clip", 10, CancellationToken.None))).Should().BeTrue();
        var job = (await system.JobsAsync(again.RequestId)).Single();
        (job.Status, job.Attempts, job.LeaseOwner, job.ErrorCode, job.Progress).Should().Be((JobStatus.Running, 2, "pausing", (string?)null, 10));
    }

    [Fact]
    public async Task A_job_whose_workers_keep_dying_fails_as_worker_lost_once_its_attempts_are_used()
    {
        var provider = $"dying-{Guid.NewGuid():N}"[..20];
        var jobId = await QueueAsync(Guid.NewGuid(), provider);
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            (await ClaimAsync(provider, $"dies-{attempt}"))!.Attempt.Should().Be(attempt);
            await ExpireLeaseAsync(jobId);
        }

        (await ClaimAsync(provider, "dies-5")).Should().BeNull("the job has no attempt left");

        await using var db = system.OpenDatabase();
        var job = await db.Jobs.SingleAsync(j => j.Id == jobId);
        (job.Status, job.ErrorCode, job.ErrorRetryable).Should().Be((JobStatus.Failed, "worker_lost", true));
        (await db.Set<AiVideo.BuildingBlocks.Outbox.OutboxMessage>().Where(m => m.MessageType == typeof(GenerationFailed).FullName).Select(m => m.Payload).ToListAsync())
            .Should().ContainSingle(p => p.Contains(job.RequestId.ToString()));
    }

    [Fact]
    public async Task Retryable_failures_back_off_with_jitter_until_the_attempts_run_out_and_then_the_job_fails_saying_so()
    {
        var account = await system.SignUpAsync();
        await using var failures = await RabbitMqProbe.BindAsync<GenerationFailed>(system.EventBus);
        await using var worker = await system.StartWorkerAsync("cut-off", new Dictionary<string, string?>
        {
            ["Generation:MediaApi:BaseAddress"] = $"http://127.0.0.1:{LocalPorts.GetFree()}/",
        });
        var request = Guid.NewGuid();

        await system.PublishAsync(new ImageRequested(request, account.CompanyId, account.UserId, Guid.NewGuid(), Guid.NewGuid(), "A bridge in fog", null, 320, 180,
            [], Guid.NewGuid()));

        var job = await system.JobAsync(request, TimeSpan.FromSeconds(60), JobStatus.Failed);
        (job.Attempts, job.ErrorCode, job.ErrorRetryable).Should().Be((4, "media_unavailable", true), "a job gets four attempts by default");
        (job.CompletedAt!.Value - job.StartedAt!.Value).Should().BeGreaterThan(TimeSpan.FromMilliseconds(1050),
            "backoffs of at least half of 0.3 s, 0.6 s and 1.2 s lie between the four attempts");
        await Eventually.True(async () => await failures.CountAsync() >= 1, "GenerationFailed went out once the attempts ran out");
        var failed = (await failures.DrainMessagesAsync()).Single();
        (failed.GetProperty("errorCode").GetString(), failed.GetProperty("retryable").GetBoolean()).Should().Be(("media_unavailable", true));
    }

    [Fact]
    public async Task A_worker_runs_no_more_jobs_of_a_provider_at_once_than_the_providers_limit()
    {
        var account = await system.SignUpAsync();
        await using var worker = await system.StartWorkerAsync("one-at-a-time", new Dictionary<string, string?>
        {
            ["Generation:Providers:local:MaxConcurrency"] = "1",
        });
        var requests = Enumerable.Range(0, 4).Select(_ => Guid.NewGuid()).ToList();

        foreach (var (request, i) in requests.Select((r, i) => (r, i)))
        {
            await system.PublishAsync(new ImageRequested(request, account.CompanyId, account.UserId, Guid.NewGuid(), Guid.NewGuid(), $"A windmill, view {i}", null,
                320, 180, [], null, Variation: i));
        }

        var jobs = await Eventually.Until(async () =>
        {
            await using var db = system.OpenDatabase();
            return await db.Jobs.AsNoTracking().Where(j => requests.Contains(j.RequestId)).ToListAsync();
        }, found => found.Count == requests.Count && found.All(j => !j.IsActive), "the pictures were made", TimeSpan.FromSeconds(90));
        jobs.Should().OnlyContain(j => j.Status == JobStatus.Succeeded && j.Attempts == 1);
        var ordered = jobs.OrderBy(j => j.StartedAt).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            ordered[i].StartedAt.Should().BeOnOrAfter(ordered[i - 1].CompletedAt!.Value, "the next job starts only when the one before it has finished");
        }
        var providers = await system.SendAsync(worker.Address!, HttpMethod.Get, "/api/providers", account.Token);
        (await providers.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items")[0].GetProperty("maxConcurrency").GetInt32().Should().Be(1);
    }

    private async Task<Guid> QueueAsync(Guid companyId, string provider)
    {
        var request = Guid.NewGuid();
        await using var db = system.OpenDatabase();
        var job = GenerationJob.Create(request, companyId, null, null, null, JobKinds.Storyboard, provider, null,
            JobPayloads.Write(new StoryboardRequested(request, companyId, Guid.NewGuid(), Guid.NewGuid(), "A prompt", null, null, 10, 2, "16:9", null)),
            maxAttempts: 4, DateTimeOffset.UtcNow.AddSeconds(-1));
        db.Jobs.Add(job);
        await db.SaveChangesAsync();
        return job.Id;
    }

    private Task<ClaimedJob?> ClaimAsync(string provider, string worker) =>
        InScopeAsync(s => s.GetRequiredService<ClaimJob>().ExecuteAsync(provider, worker, CancellationToken.None));

    /// <summary>Moves the lease's end into the past, as if the worker holding it had stopped renewing it long ago.</summary>
    private async Task ExpireLeaseAsync(Guid jobId)
    {
        await using var db = system.OpenDatabase();
        await db.Database.ExecuteSqlAsync($"UPDATE generation_jobs SET lease_expires_at = now() - interval '1 second' WHERE id = {jobId}");
    }

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = system.Generation.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}
