namespace AiVideo.Webhooks.UnitTests;

public sealed class DeliveryScheduleTests
{
    private const double NoJitter = 0.5;
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly RetrySchedule Schedule = RetrySchedule.Default;

    private readonly FakeTimeProvider _clock = new(Start);

    private DateTimeOffset Now => _clock.GetUtcNow();

    private static AttemptResult Status(int code, TimeSpan? retryAfter = null) =>
        AttemptResult.Answered(code, TimeSpan.FromMilliseconds(120), $"status {code}", retryAfter);

    private WebhookDelivery NewDelivery(WebhookEndpoint endpoint) =>
        WebhookDelivery.Create(endpoint, WebhookMessageId.New(Now), WebhookEventTypes.VideoReady, """{"type":"video.ready"}""", Now);

    /// <summary>Moves the clock to the delivery's next attempt, as a worker woken at that time would.</summary>
    private void AdvanceToNextAttempt(WebhookDelivery delivery)
    {
        delivery.IsDue(Now).Should().Be(delivery.NextAttemptAt <= Now);
        _clock.SetUtcNow(delivery.NextAttemptAt!.Value);
        delivery.IsDue(Now).Should().BeTrue();
    }

    [Fact]
    public void Failed_attempts_follow_0s_5s_5min_30min_2h_5h_10h_10h_and_then_the_delivery_fails()
    {
        var endpoint = Endpoints.Create(Now);
        var delivery = NewDelivery(endpoint);
        var attemptTimes = new List<TimeSpan>();

        for (var attempt = 1; attempt <= 8; attempt++)
        {
            AdvanceToNextAttempt(delivery);
            attemptTimes.Add(Now - Start);
            var outcome = DeliveryAttempts.Record(delivery, endpoint, Status(500), Schedule, NoJitter, Now).Outcome;
            outcome.Should().Be(attempt < 8 ? AttemptOutcome.RetryScheduled : AttemptOutcome.Failed);
        }

        var waits = attemptTimes.Zip(attemptTimes.Skip(1), (a, b) => b - a).Prepend(attemptTimes[0]);
        waits.Should().Equal(
            TimeSpan.Zero, TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30),
            TimeSpan.FromHours(2), TimeSpan.FromHours(5), TimeSpan.FromHours(10), TimeSpan.FromHours(10));
        delivery.Status.Should().Be(DeliveryStatus.Failed);
        delivery.FailureReason.Should().Be("attempts_exhausted");
        delivery.NextAttemptAt.Should().BeNull();
        delivery.CompletedAt.Should().Be(Now);
        delivery.Attempts.Select(a => a.Number).Should().Equal(1, 2, 3, 4, 5, 6, 7, 8);
        delivery.Attempts.Should().OnlyContain(a => a.StatusCode == 500 && a.DurationMs == 120 && a.ResponseExcerpt == "status 500" && !a.Succeeded);
        endpoint.IsEnabled.Should().BeTrue("the schedule spans about 28 hours, less than the five days that disable an endpoint");
        endpoint.ConsecutiveFailures.Should().Be(8);
    }

    [Fact]
    public void Jitter_spreads_each_wait_by_at_most_a_fifth_either_way()
    {
        Schedule.DelayAfter(2, 0.0).Should().Be(TimeSpan.FromMinutes(4));
        Schedule.DelayAfter(2, 0.999999).Should().BeCloseTo(TimeSpan.FromMinutes(6), TimeSpan.FromMilliseconds(1));
        Schedule.DelayAfter(2, 0.25).Should().Be(TimeSpan.FromMinutes(4.5));
        Schedule.DelayAfter(1, 0.0).Should().Be(TimeSpan.FromSeconds(4));
        Enumerable.Range(0, 1000).Select(_ => Schedule.DelayAfter(7, Random.Shared.NextDouble())!.Value)
            .Should().OnlyContain(d => d >= TimeSpan.FromHours(8) && d <= TimeSpan.FromHours(12));
    }

    [Fact]
    public void A_2xx_answer_ends_the_delivery_and_the_endpoint_failure_run()
    {
        var endpoint = Endpoints.Create(Now);
        var delivery = NewDelivery(endpoint);
        DeliveryAttempts.Record(delivery, endpoint, AttemptResult.NoAnswer("timeout", TimeSpan.FromSeconds(15)), Schedule, NoJitter, Now);
        AdvanceToNextAttempt(delivery);

        var recorded = DeliveryAttempts.Record(delivery, endpoint, Status(204), Schedule, NoJitter, Now);

        recorded.Should().Be(new RecordedAttempt(AttemptOutcome.Succeeded, false));
        delivery.Status.Should().Be(DeliveryStatus.Succeeded);
        delivery.NextAttemptAt.Should().BeNull();
        delivery.LastStatusCode.Should().Be(204);
        delivery.Attempts[0].Error.Should().Be("timeout");
        delivery.Attempts[0].StatusCode.Should().BeNull();
        delivery.Attempts[1].Succeeded.Should().BeTrue();
        endpoint.FailingSince.Should().BeNull();
    }

    [Theory]
    [InlineData(301)]
    [InlineData(302)]
    [InlineData(400)]
    [InlineData(404)]
    [InlineData(429)]
    [InlineData(503)]
    public void Any_answer_but_2xx_and_410_is_retried(int status)
    {
        var endpoint = Endpoints.Create(Now);
        var delivery = NewDelivery(endpoint);

        DeliveryAttempts.Record(delivery, endpoint, Status(status), Schedule, NoJitter, Now).Outcome.Should().Be(AttemptOutcome.RetryScheduled);
        delivery.NextAttemptAt.Should().Be(Now.AddSeconds(5));
    }

    [Fact]
    public void A_410_answer_fails_the_delivery_and_disables_the_endpoint()
    {
        var endpoint = Endpoints.Create(Now);
        var delivery = NewDelivery(endpoint);

        var recorded = DeliveryAttempts.Record(delivery, endpoint, Status(410), Schedule, NoJitter, Now);

        recorded.Should().Be(new RecordedAttempt(AttemptOutcome.Gone, true));
        delivery.Status.Should().Be(DeliveryStatus.Failed);
        delivery.FailureReason.Should().Be("gone");
        endpoint.IsEnabled.Should().BeFalse();
        endpoint.DisabledReason.Should().Be(EndpointDisabledReason.Gone);
    }

    [Fact]
    public void Retry_after_lengthens_a_wait_up_to_ten_hours_and_never_shortens_one()
    {
        var endpoint = Endpoints.Create(Now);
        var longer = NewDelivery(endpoint);
        var shorter = NewDelivery(endpoint);
        var huge = NewDelivery(endpoint);
        var dateLike = NewDelivery(endpoint);

        longer.RecordAttempt(Status(429, TimeSpan.FromHours(1)), Schedule, NoJitter, Now);
        shorter.RecordAttempt(Status(503, TimeSpan.FromSeconds(1)), Schedule, NoJitter, Now);
        huge.RecordAttempt(Status(503, TimeSpan.FromDays(3)), Schedule, NoJitter, Now);
        dateLike.RecordAttempt(Status(429, TimeSpan.FromMinutes(2)), Schedule, NoJitter, Now);

        longer.NextAttemptAt.Should().Be(Now.AddHours(1));
        shorter.NextAttemptAt.Should().Be(Now.AddSeconds(5));
        huge.NextAttemptAt.Should().Be(Now.AddHours(10));
        dateLike.NextAttemptAt.Should().Be(Now.AddMinutes(2));
    }

    [Fact]
    public void A_retry_after_on_the_last_attempt_does_not_add_one()
    {
        var endpoint = Endpoints.Create(Now);
        var delivery = NewDelivery(endpoint);
        for (var i = 0; i < 7; i++)
        {
            AdvanceToNextAttempt(delivery);
            delivery.RecordAttempt(Status(500), Schedule, NoJitter, Now);
        }
        AdvanceToNextAttempt(delivery);

        delivery.RecordAttempt(Status(429, TimeSpan.FromMinutes(1)), Schedule, NoJitter, Now).Should().Be(AttemptOutcome.Failed);
    }

    [Fact]
    public void An_endpoint_failing_for_five_days_is_disabled_by_the_attempt_that_completes_them_and_stops_that_delivery()
    {
        var endpoint = Endpoints.Create(Now);
        var first = NewDelivery(endpoint);
        DeliveryAttempts.Record(first, endpoint, Status(500), Schedule, NoJitter, Now);
        _clock.Advance(TimeSpan.FromDays(5));
        var later = NewDelivery(endpoint);

        var recorded = DeliveryAttempts.Record(later, endpoint, Status(500), Schedule, NoJitter, Now);

        recorded.Should().Be(new RecordedAttempt(AttemptOutcome.Failed, true));
        later.Status.Should().Be(DeliveryStatus.Failed);
        later.FailureReason.Should().Be("endpoint_disabled");
        endpoint.DisabledReason.Should().Be(EndpointDisabledReason.Failing);
    }

    [Fact]
    public void A_leased_delivery_is_not_due_until_its_lease_ends_and_an_attempt_releases_it()
    {
        var endpoint = Endpoints.Create(Now);
        var delivery = NewDelivery(endpoint);
        var worker = Guid.NewGuid();

        delivery.Lease(worker, Now.AddMinutes(2), Now);

        delivery.IsDue(Now.AddMinutes(1)).Should().BeFalse();
        delivery.IsDue(Now.AddMinutes(2)).Should().BeTrue("a crashed worker's lease runs out");
        var again = () => delivery.Lease(Guid.NewGuid(), Now.AddMinutes(3), Now.AddMinutes(1));
        again.Should().Throw<InvalidOperationException>();

        delivery.RecordAttempt(Status(500), Schedule, NoJitter, Now.AddSeconds(1));

        delivery.LockId.Should().BeNull();
        delivery.LockedUntil.Should().BeNull();
    }

    [Fact]
    public void A_failed_delivery_retried_by_hand_starts_the_schedule_over_and_keeps_numbering_its_attempts()
    {
        var endpoint = Endpoints.Create(Now);
        var delivery = NewDelivery(endpoint);
        delivery.RecordAttempt(Status(410), Schedule, NoJitter, Now);
        _clock.Advance(TimeSpan.FromDays(1));

        delivery.Retry(Now).IsSuccess.Should().BeTrue();
        delivery.Retry(Now).Error!.Code.Should().Be("delivery_pending");

        delivery.Status.Should().Be(DeliveryStatus.Pending);
        delivery.NextAttemptAt.Should().Be(Now);
        delivery.FailureReason.Should().BeNull();
        delivery.RecordAttempt(Status(500), Schedule, NoJitter, Now).Should().Be(AttemptOutcome.RetryScheduled);
        delivery.NextAttemptAt.Should().Be(Now.AddSeconds(5), "the schedule restarted");
        delivery.Attempts.Select(a => a.Number).Should().Equal(1, 2);
        delivery.AttemptCount.Should().Be(2);
    }

    [Fact]
    public void A_finished_delivery_takes_no_attempt_and_abandoning_stops_a_pending_one()
    {
        var endpoint = Endpoints.Create(Now);
        var done = NewDelivery(endpoint);
        done.RecordAttempt(Status(200), Schedule, NoJitter, Now);
        var pending = NewDelivery(endpoint);

        var again = () => done.RecordAttempt(Status(200), Schedule, NoJitter, Now);
        pending.Abandon("endpoint_deleted", Now);

        again.Should().Throw<InvalidOperationException>();
        pending.Status.Should().Be(DeliveryStatus.Failed);
        pending.FailureReason.Should().Be("endpoint_deleted");
        pending.NextAttemptAt.Should().BeNull();
        pending.Attempts.Should().BeEmpty();
    }

    [Fact]
    public void Response_excerpts_are_bounded_and_hold_no_nul_characters()
    {
        var endpoint = Endpoints.Create(Now);
        var delivery = NewDelivery(endpoint);
        var body = "a\0b" + new string('x', 5000);

        delivery.RecordAttempt(AttemptResult.Answered(500, TimeSpan.FromSeconds(1), body), Schedule, NoJitter, Now);

        delivery.Attempts[0].ResponseExcerpt.Should().HaveLength(DeliveryAttempt.MaxResponseExcerptLength).And.StartWith("a\uFFFDb").And.NotContain("\0");
    }

    [Fact]
    public void A_configured_schedule_replaces_the_default_delays()
    {
        var options = new AiVideo.Webhooks.Application.Destinations.DeliveryOptions { RetryDelays = [TimeSpan.Zero, TimeSpan.FromSeconds(1)], RetryJitter = 0 };

        var schedule = options.Schedule();

        schedule.MaxAttempts.Should().Be(2);
        schedule.DelayAfter(1, 0.9).Should().Be(TimeSpan.FromSeconds(1));
        schedule.DelayAfter(2, 0.5).Should().BeNull();
        new AiVideo.Webhooks.Application.Destinations.DeliveryOptions().Schedule().Delays.Should().Equal(RetrySchedule.Default.Delays);
    }

    [Fact]
    public void Unconfigured_deliveries_wait_15_s_for_an_answer_go_to_public_https_endpoints_only_and_follow_the_default_schedule()
    {
        var options = new AiVideo.Webhooks.Application.Destinations.DeliveryOptions();

        options.Timeout.Should().Be(TimeSpan.FromSeconds(15));
        options.AllowHttp.Should().BeFalse();
        options.AllowLoopback.Should().BeFalse();
        options.Lease.Should().BeGreaterThan(options.Timeout, "an attempt under way is never taken over");
        options.Schedule().Delays.Should().Equal(RetrySchedule.Default.Delays);
        options.Schedule().Jitter.Should().Be(0.2);
    }
}
