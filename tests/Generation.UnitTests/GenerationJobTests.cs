using AiVideo.Generation.Domain.Jobs;

namespace AiVideo.Generation.UnitTests;

/// <summary>The durable job's state machine: claims under a lease (each an attempt), take-overs, retries, release, cancellation, deletion.</summary>
public sealed class GenerationJobTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    [Fact]
    public void A_claim_starts_an_attempt_under_a_lease_and_a_live_lease_is_not_given_out_again()
    {
        var job = NewJob();

        job.Claim("worker-a", Now, Lease).Value.Should().Be(ClaimOutcome.Claimed);

        (job.Status, job.Attempts, job.LeaseOwner, job.LeaseExpiresAt, job.StartedAt, job.ClaimedAt)
            .Should().Be((JobStatus.Running, 1, "worker-a", Now + Lease, Now, Now));
        job.IsClaimable(Now + Lease).Should().BeFalse("the lease lasts until its end");
        job.Claim("worker-b", Now.AddSeconds(10), Lease).IsSuccess.Should().BeFalse();
        job.HeldBy("worker-a", 1).Should().BeTrue();
    }

    [Fact]
    public void A_queued_job_is_not_claimed_before_it_is_due()
    {
        var job = NewJob();
        job.Claim("worker", Now, Lease);
        job.Fail("worker", 1, new JobFailure("media_unavailable", "away", Retryable: true), Now, TimeSpan.FromSeconds(5));

        job.IsClaimable(Now.AddSeconds(4)).Should().BeFalse();
        job.Claim("worker", Now.AddSeconds(4), Lease).Error!.Code.Should().Be("job_not_claimable");
        job.Claim("worker", Now.AddSeconds(5), Lease).Value.Should().Be(ClaimOutcome.Claimed);
        job.Attempts.Should().Be(2);
    }

    [Fact]
    public void A_job_whose_lease_ran_out_is_taken_over_as_a_new_attempt_and_the_old_claim_can_do_nothing_more()
    {
        var job = NewJob();
        job.Claim("stalled", Now, Lease);
        var later = Now + Lease + TimeSpan.FromMilliseconds(1);

        job.Claim("rescuer", later, Lease).Value.Should().Be(ClaimOutcome.Claimed);

        (job.Attempts, job.LeaseOwner, job.StartedAt).Should().Be((2, "rescuer", Now));
        job.Renew("stalled", 1, later, Lease, "clip", 50).Error!.Code.Should().Be("lease_lost");
        job.Succeed("stalled", 1, "{}", later).IsSuccess.Should().BeFalse();
        job.Fail("stalled", 1, new JobFailure("x", "y", true), later, TimeSpan.Zero).IsSuccess.Should().BeFalse();
        job.Release("stalled", 1, later).IsSuccess.Should().BeFalse();
        job.Status.Should().Be(JobStatus.Running);
    }

    [Fact]
    public void The_same_worker_claiming_its_job_again_holds_only_the_newer_claim()
    {
        var job = NewJob();
        job.Claim("worker", Now, Lease);

        job.Claim("worker", Now + Lease + TimeSpan.FromSeconds(1), Lease);

        job.HeldBy("worker", 1).Should().BeFalse();
        job.HeldBy("worker", 2).Should().BeTrue();
        job.Succeed("worker", 1, "{}", Now.AddMinutes(1)).IsSuccess.Should().BeFalse();
        job.Succeed("worker", 2, "{}", Now.AddMinutes(1)).IsSuccess.Should().BeTrue();
    }

    [Fact]
    public void Renewing_extends_the_lease_and_records_progress_clamped_and_the_stage_trimmed()
    {
        var job = NewJob();
        job.Claim("worker", Now, Lease);

        job.Renew("worker", 1, Now.AddSeconds(20), Lease, new string('s', 40), 140).IsSuccess.Should().BeTrue();

        (job.LeaseExpiresAt, job.Progress, job.Stage!.Length).Should().Be((Now.AddSeconds(20) + Lease, 100, GenerationJob.MaxStageLength));
    }

    [Fact]
    public void Succeeding_keeps_the_output_clears_an_earlier_error_and_ends_the_lease()
    {
        var job = NewJob();
        job.Claim("worker", Now, Lease);
        job.Fail("worker", 1, new JobFailure("media_unavailable", "away", Retryable: true), Now, TimeSpan.Zero);
        job.Claim("worker", Now, Lease);

        job.Succeed("worker", 2, """{"fileId":"x"}""", Now.AddSeconds(9)).IsSuccess.Should().BeTrue();

        (job.Status, job.Output, job.Progress, job.ErrorCode, job.LeaseOwner, job.CompletedAt)
            .Should().Be((JobStatus.Succeeded, """{"fileId":"x"}""", 100, (string?)null, (string?)null, Now.AddSeconds(9)));
        job.Cancel("too late", Now.AddSeconds(10)).Error!.Code.Should().Be("job_finished");
    }

    [Fact]
    public void A_retryable_failure_queues_the_job_again_after_the_delay_until_the_attempts_are_used_then_it_fails()
    {
        var job = NewJob(maxAttempts: 2);
        job.Claim("worker", Now, Lease);

        job.Fail("worker", 1, new JobFailure("media_unavailable", "media-api is away", Retryable: true), Now, TimeSpan.FromSeconds(7)).Value
            .Should().Be(FailureOutcome.WillRetry);
        (job.Status, job.DueAt, job.LeaseOwner, job.ErrorCode).Should().Be((JobStatus.Queued, Now.AddSeconds(7), (string?)null, "media_unavailable"));

        job.Claim("worker", Now.AddSeconds(7), Lease);
        job.Fail("worker", 2, new JobFailure("media_unavailable", "still away", Retryable: true), Now.AddSeconds(8), TimeSpan.FromSeconds(7)).Value
            .Should().Be(FailureOutcome.Failed);
        (job.Status, job.ErrorMessage, job.ErrorRetryable, job.CompletedAt).Should().Be((JobStatus.Failed, "still away", true, Now.AddSeconds(8)));
    }

    [Fact]
    public void A_permanent_failure_ends_the_job_at_once_with_its_message_bounded()
    {
        var job = NewJob();
        job.Claim("worker", Now, Lease);

        job.Fail("worker", 1, new JobFailure("unreadable_input", new string('m', 3000), Retryable: false), Now, TimeSpan.Zero).Value
            .Should().Be(FailureOutcome.Failed);

        (job.Status, job.Attempts, job.ErrorRetryable).Should().Be((JobStatus.Failed, 1, false));
        job.ErrorMessage!.Length.Should().Be(JobFailure.MaxMessageLength);
        job.ErrorMessage.Should().EndWith("…");
    }

    [Fact]
    public void A_job_whose_workers_died_during_every_attempt_fails_as_worker_lost_when_claimed_once_more()
    {
        var job = NewJob(maxAttempts: 2);
        job.Claim("a", Now, Lease);
        job.Claim("b", Now + Lease + TimeSpan.FromSeconds(1), Lease);

        job.Claim("c", Now + 3 * Lease, Lease).Value.Should().Be(ClaimOutcome.Exhausted);

        (job.Status, job.Attempts, job.ErrorCode, job.ErrorRetryable, job.LeaseOwner)
            .Should().Be((JobStatus.Failed, 2, JobFailure.WorkerLost, true, (string?)null));
    }

    [Fact]
    public void A_worker_shutting_down_hands_its_job_back_due_at_once_without_counting_the_attempt()
    {
        var job = NewJob();
        job.Claim("leaving", Now, Lease);

        job.Release("leaving", 1, Now.AddSeconds(3)).IsSuccess.Should().BeTrue();

        (job.Status, job.Attempts, job.DueAt, job.LeaseOwner).Should().Be((JobStatus.Queued, 0, Now.AddSeconds(3), (string?)null));
        job.Claim("staying", Now.AddSeconds(3), Lease);
        job.Attempts.Should().Be(1);
    }

    [Fact]
    public void Queued_and_running_jobs_can_be_cancelled_and_the_worker_loses_the_job()
    {
        var queued = NewJob();
        var running = NewJob();
        running.Claim("worker", Now, Lease);

        queued.Cancel("superseded", Now).IsSuccess.Should().BeTrue();
        running.Cancel("changed my mind", Now).IsSuccess.Should().BeTrue();

        (queued.Status, queued.CancelReason, queued.IsClaimable(Now.AddHours(1))).Should().Be((JobStatus.Cancelled, "superseded", false));
        running.Renew("worker", 1, Now, Lease, null, 10).IsSuccess.Should().BeFalse();
        running.Succeed("worker", 1, null, Now).IsSuccess.Should().BeFalse();
    }

    [Fact]
    public void The_holding_worker_abandons_a_job_whose_project_is_gone_as_cancelled_with_attempts_left_and_a_lost_claim_cannot()
    {
        var job = NewJob();
        job.Claim("worker", Now, Lease);
        var takenOver = NewJob();
        takenOver.Claim("stalled", Now, Lease);
        takenOver.Claim("rescuer", Now + Lease + TimeSpan.FromSeconds(1), Lease);

        job.Abandon("worker", 1, "project deleted", Now.AddSeconds(3)).IsSuccess.Should().BeTrue();
        takenOver.Abandon("stalled", 1, "project deleted", Now.AddSeconds(3)).Error!.Code.Should().Be("lease_lost");

        (job.Status, job.CancelReason, job.Attempts, job.CompletedAt, job.IsClaimable(Now.AddHours(1)))
            .Should().Be((JobStatus.Cancelled, "project deleted", 1, Now.AddSeconds(3), false), "it is not tried again though attempts are left");
        (takenOver.Status, takenOver.LeaseOwner).Should().Be((JobStatus.Running, "rescuer"));
    }

    [Fact]
    public void Deleting_cancels_a_job_under_way_and_hides_it_and_deleting_a_finished_one_keeps_its_status()
    {
        var running = NewJob();
        running.Claim("worker", Now, Lease);
        var finished = NewJob();
        finished.Claim("worker", Now, Lease);
        finished.Succeed("worker", 1, null, Now);

        running.Delete(Now.AddSeconds(1));
        finished.Delete(Now.AddSeconds(1));

        (running.Status, running.CancelReason, running.DeletedAt).Should().Be((JobStatus.Cancelled, "deleted", Now.AddSeconds(1)));
        (finished.Status, finished.DeletedAt).Should().Be((JobStatus.Succeeded, Now.AddSeconds(1)));
    }

    [Fact]
    public void A_job_that_cannot_run_is_refused_before_any_attempt_and_never_as_retryable()
    {
        var job = NewJob();

        job.Refuse(new JobFailure("invalid_request", "no such provider", Retryable: true), Now).IsSuccess.Should().BeTrue();

        (job.Status, job.Attempts, job.ErrorRetryable).Should().Be((JobStatus.Failed, 0, false));
        var claimed = NewJob();
        claimed.Claim("worker", Now, Lease);
        claimed.Refuse(new JobFailure("x", "y", false), Now).IsSuccess.Should().BeFalse("a claimed job is past refusing");
    }

    [Fact]
    public void Only_known_kinds_make_jobs_and_each_job_gets_at_least_one_attempt()
    {
        var unknownKind = () => GenerationJob.Create(Guid.NewGuid(), Guid.NewGuid(), null, null, null, "hologram", "local", null, "{}", 4, Now);
        var noAttempts = () => GenerationJob.Create(Guid.NewGuid(), Guid.NewGuid(), null, null, null, JobKinds.Clip, "local", null, "{}", 0, Now);

        unknownKind.Should().Throw<ArgumentOutOfRangeException>();
        noAttempts.Should().Throw<ArgumentOutOfRangeException>();
    }

    private static GenerationJob NewJob(int maxAttempts = 4) =>
        GenerationJob.Create(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), null, null, JobKinds.Clip, "local", null, "{}", maxAttempts, Now);
}
