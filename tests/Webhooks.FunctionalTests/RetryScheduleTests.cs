using AiVideo.Webhooks.Application;

namespace AiVideo.Webhooks.FunctionalTests;

/// <summary>
/// What happens when a receiver fails, with the service's clock moved on instead of waiting: the whole retry schedule
/// with its jitter, Retry-After, 410, five days of failures, timeouts, and a secret rotation's two signatures.
/// </summary>
public sealed class RetryScheduleTests(WebhooksFixture service) : IClassFixture<WebhooksFixture>
{
    private async Task<Guid> PingAsync(Account admin, CreatedEndpoint endpoint) =>
        (await Http.JsonAsync(await service.SendAsync(HttpMethod.Post, $"/api/webhook-endpoints/{endpoint.Id}/test", admin.Token), HttpStatusCode.Accepted))
            .GetProperty("id").GetGuid();

    private Task<JsonElement> AttemptsMadeAsync(Account admin, Guid deliveryId, int count) =>
        service.DeliveryWhenAsync(admin, deliveryId, d => d.GetProperty("attemptCount").GetInt32() >= count, $"attempt {count} was made");

    private static List<JsonElement> Attempts(JsonElement delivery) => delivery.GetProperty("attempts").EnumerateArray().ToList();

    /// <summary>Moves the service's clock to <paramref name="at"/> (not back).</summary>
    private void MoveClockTo(DateTimeOffset at)
    {
        var by = at - service.Clock.GetUtcNow();
        if (by > TimeSpan.Zero)
        {
            service.Clock.Advance(by);
        }
    }

    [Fact]
    public async Task A_failing_receiver_gets_every_attempt_of_the_schedule_then_the_delivery_fails()
    {
        var admin = await service.SignUpAsync();
        var hook = service.Receiver.NewHook("failing");
        hook.Otherwise = ReceiverAnswer.Fail;
        var endpoint = await service.CreateEndpointAsync(admin, hook);
        var schedule = RetrySchedule.Default;
        var deliveryId = await PingAsync(admin, endpoint);

        for (var made = 1; made < schedule.MaxAttempts; made++)
        {
            var delivery = await AttemptsMadeAsync(admin, deliveryId, made);
            var last = Attempts(delivery)[made - 1];
            var next = delivery.GetProperty("nextAttemptAt").GetDateTimeOffset();
            var wait = next - last.GetProperty("attemptedAt").GetDateTimeOffset();
            wait.Should().BeGreaterThanOrEqualTo(schedule.Delays[made] * 0.8, $"the wait after attempt {made} is {schedule.Delays[made]} less 20 % at most")
                .And.BeLessThanOrEqualTo(schedule.Delays[made] * 1.2, $"the wait after attempt {made} is {schedule.Delays[made]} plus 20 % at most");
            delivery.GetProperty("status").GetString().Should().Be("pending");
            MoveClockTo(next);
        }

        var failed = await service.DeliveryWhenAsync(admin, deliveryId, d => d.GetProperty("status").GetString() == "failed", "the last attempt failed");
        failed.GetProperty("failureReason").GetString().Should().Be("attempts_exhausted");
        failed.GetProperty("nextAttemptAt").ValueKind.Should().Be(JsonValueKind.Null);
        var attempts = Attempts(failed);
        attempts.Select(a => a.GetProperty("statusCode").GetInt32()).Should().Equal(Enumerable.Repeat(500, 8));
        attempts.Select(a => a.GetProperty("responseExcerpt").GetString()).Should().AllBe("answered 500");
        var received = service.Receiver.For(hook);
        received.Should().HaveCount(8, "each attempt reached the receiver once").And.OnlyContain(r => r.Verified);
        received.Select(r => r.Id).Distinct().Should().ContainSingle("the webhook-id is the same on every attempt");
        received.Select(r => long.Parse(r.Timestamp!)).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems("each attempt is timestamped when it is made");
        var view = await service.GetEndpointAsync(admin, endpoint.Id);
        view.GetProperty("enabled").GetBoolean().Should().BeTrue("28 hours of failures are not five days");
        view.GetProperty("consecutiveFailures").GetInt32().Should().Be(8);
        view.GetProperty("failingSince").GetDateTimeOffset().Should().Be(attempts[0].GetProperty("attemptedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Retry_after_lengthens_the_wait_and_410_fails_the_delivery_and_disables_the_endpoint()
    {
        var admin = await service.SignUpAsync();
        var hook = service.Receiver.NewHook("busy").Answer(ReceiverAnswer.Busy(TimeSpan.FromHours(2)), ReceiverAnswer.Gone);
        var endpoint = await service.CreateEndpointAsync(admin, hook, WebhookEventTypes.VideoReady);
        var deliveryId = await PingAsync(admin, endpoint);

        var asked = await AttemptsMadeAsync(admin, deliveryId, 1);
        var wait = asked.GetProperty("nextAttemptAt").GetDateTimeOffset() - Attempts(asked)[0].GetProperty("attemptedAt").GetDateTimeOffset();
        MoveClockTo(asked.GetProperty("nextAttemptAt").GetDateTimeOffset());
        var gone = await service.DeliveryWhenAsync(admin, deliveryId, d => d.GetProperty("status").GetString() != "pending", "the second attempt was answered");
        var video = Guid.NewGuid();
        await service.PublishAsync(Events.VideoReady(admin.CompanyId), video);
        await Eventually.True(() => service.Consumed.Of(video) > 0, "the event was consumed");

        wait.Should().Be(TimeSpan.FromHours(2), "the receiver asked for two hours instead of the schedule's 5 s");
        Attempts(asked)[0].GetProperty("statusCode").GetInt32().Should().Be(429);
        gone.GetProperty("status").GetString().Should().Be("failed");
        gone.GetProperty("failureReason").GetString().Should().Be("gone");
        var view = await service.GetEndpointAsync(admin, endpoint.Id);
        view.GetProperty("enabled").GetBoolean().Should().BeFalse();
        view.GetProperty("disabledReason").GetString().Should().Be("gone");
        (await service.DeliveriesAsync(admin, endpoint.Id)).Should().ContainSingle("a disabled endpoint is not sent new events");
        await Http.Expect(await service.SendAsync(HttpMethod.Post, $"/api/webhook-endpoints/{endpoint.Id}/test", admin.Token), HttpStatusCode.Conflict);
        service.Receiver.For(hook).Should().HaveCount(2);
    }

    [Fact]
    public async Task An_endpoint_failing_for_five_days_is_disabled_and_enabling_it_starts_its_record_over()
    {
        var admin = await service.SignUpAsync();
        var hook = service.Receiver.NewHook("down");
        hook.Otherwise = ReceiverAnswer.Fail;
        var endpoint = await service.CreateEndpointAsync(admin, hook);
        var deliveryId = await PingAsync(admin, endpoint);
        await AttemptsMadeAsync(admin, deliveryId, 1);

        service.Clock.Advance(TimeSpan.FromDays(5));
        var stopped = await service.DeliveryWhenAsync(admin, deliveryId, d => d.GetProperty("status").GetString() == "failed", "an attempt five days on failed");
        var disabled = await service.GetEndpointAsync(admin, endpoint.Id);
        hook.Otherwise = ReceiverAnswer.Ok;
        var enabled = await Http.JsonAsync(await service.SendAsync(HttpMethod.Patch, $"/api/webhook-endpoints/{endpoint.Id}", admin.Token, new { enabled = true }), HttpStatusCode.OK);
        var pingAfter = await PingAsync(admin, endpoint);
        await service.DeliveryWhenAsync(admin, pingAfter, d => d.GetProperty("status").GetString() == "succeeded", "the ping after enabling was delivered");

        stopped.GetProperty("failureReason").GetString().Should().Be("endpoint_disabled");
        disabled.GetProperty("enabled").GetBoolean().Should().BeFalse();
        disabled.GetProperty("disabledReason").GetString().Should().Be("failing");
        enabled.GetProperty("consecutiveFailures").GetInt32().Should().Be(0);
        enabled.GetProperty("failingSince").ValueKind.Should().Be(JsonValueKind.Null);
        (await service.GetEndpointAsync(admin, endpoint.Id)).GetProperty("lastSuccessAt").ValueKind.Should().Be(JsonValueKind.String);
    }

    [Fact]
    public async Task A_receiver_that_does_not_answer_in_time_is_a_timed_out_attempt_and_is_tried_again()
    {
        // This instance gives up on an answer after 2 s; the fixture's 10 s leave room for a busy machine in the other tests.
        await service.RestartAsync(services => services.PostConfigure<WebhooksOptions>(o => o.Delivery.Timeout = TimeSpan.FromSeconds(2)));
        try
        {
            var admin = await service.SignUpAsync();
            var hook = service.Receiver.NewHook("slow").Answer(ReceiverAnswer.Slow(TimeSpan.FromMinutes(1)));
            var endpoint = await service.CreateEndpointAsync(admin, hook);

            var deliveryId = await PingAsync(admin, endpoint);

            var done = await service.DeliveryWhenAsync(admin, deliveryId, d => d.GetProperty("status").GetString() == "succeeded", "the second attempt succeeded");
            var attempts = Attempts(done);
            attempts.Should().HaveCount(2);
            attempts[0].GetProperty("statusCode").ValueKind.Should().Be(JsonValueKind.Null);
            attempts[0].GetProperty("error").GetString().Should().Be("timeout");
            // The timeout's timer may fire a tick before the stopwatch reads 2,000 ms (CI once recorded 1,999).
            attempts[0].GetProperty("durationMs").GetInt32().Should().BeInRange(1950, 7000, "the timeout is 2 s");
            attempts[1].GetProperty("statusCode").GetInt32().Should().Be(200);
            service.Receiver.For(hook).Select(r => r.Id).Should().HaveCount(2).And.OnlyContain(id => id == done.GetProperty("messageId").GetString());
        }
        finally
        {
            await service.RestartAsync();
        }
    }

    [Fact]
    public async Task After_a_rotation_each_message_is_signed_with_the_new_and_the_old_secret_for_a_day_then_with_the_new_one()
    {
        var admin = await service.SignUpAsync();
        var hook = service.Receiver.NewHook("rotated");
        var endpoint = await service.CreateEndpointAsync(admin, hook);
        var rotated = await Http.JsonAsync(await service.SendAsync(HttpMethod.Post, $"/api/webhook-endpoints/{endpoint.Id}/rotate-secret", admin.Token), HttpStatusCode.OK);
        var newSecret = rotated.GetProperty("secret").GetString()!;
        hook.Trust(newSecret);

        var during = await PingAsync(admin, endpoint);
        await service.DeliveryWhenAsync(admin, during, d => d.GetProperty("status").GetString() == "succeeded", "the ping during the rotation was delivered");
        service.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        var after = await PingAsync(admin, endpoint);
        await service.DeliveryWhenAsync(admin, after, d => d.GetProperty("status").GetString() == "succeeded", "the ping after the rotation was delivered");

        var received = service.Receiver.For(hook);
        received.Should().HaveCount(2);
        received[0].VerifiedBy.Should().Equal([newSecret, endpoint.Secret], "both signatures are there, the new one first, each verifying on its own");
        received[1].VerifiedBy.Should().Equal([newSecret], "a day later only the new secret signs");
    }
}
