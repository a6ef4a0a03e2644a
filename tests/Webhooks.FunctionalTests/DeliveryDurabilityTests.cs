using AiVideo.Webhooks.Application;
using AiVideo.Webhooks.Application.Outbound;
using AiVideo.Webhooks.Application.WebhookEndpoints;

namespace AiVideo.Webhooks.FunctionalTests;

/// <summary>
/// Deliveries are rows claimed with a lease: a restart of webhooks-api between or during attempts, a worker that crashed
/// holding a lease, and several replicas working at once neither lose an attempt nor make one twice (a receiver sees an
/// attempt again only when the answer to it was lost, and then with the same <c>webhook-id</c>).
/// </summary>
public sealed class DeliveryDurabilityTests(WebhooksFixture service) : IClassFixture<WebhooksFixture>
{
    private async Task<Guid> PingAsync(Account admin, CreatedEndpoint endpoint) =>
        (await Http.JsonAsync(await service.SendAsync(HttpMethod.Post, $"/api/webhook-endpoints/{endpoint.Id}/test", admin.Token), HttpStatusCode.Accepted))
            .GetProperty("id").GetGuid();

    private Task<JsonElement> SucceededAsync(Account admin, Guid deliveryId, string because) =>
        service.DeliveryWhenAsync(admin, deliveryId, d => d.GetProperty("status").GetString() == "succeeded", because);

    private static List<JsonElement> Attempts(JsonElement delivery) => delivery.GetProperty("attempts").EnumerateArray().ToList();

    private static DateTimeOffset AttemptedAt(JsonElement attempt) => attempt.GetProperty("attemptedAt").GetDateTimeOffset();

    /// <summary>The status the receiver answered the attempt with; null when no answer came (a timeout).</summary>
    private static int? StatusOf(JsonElement attempt) => attempt.GetProperty("statusCode") is { ValueKind: JsonValueKind.Number } status ? status.GetInt32() : null;

    private void MoveClockTo(DateTimeOffset at)
    {
        var by = at - service.Clock.GetUtcNow();
        if (by > TimeSpan.Zero)
        {
            service.Clock.Advance(by);
        }
    }

    [Fact]
    public async Task A_restart_between_attempts_delays_the_next_one_but_neither_loses_nor_doubles_it()
    {
        var admin = await service.SignUpAsync();
        var hook = service.Receiver.NewHook("restart-between").Answer(ReceiverAnswer.Busy(TimeSpan.FromMinutes(10)));
        var endpoint = await service.CreateEndpointAsync(admin, hook);
        var deliveryId = await PingAsync(admin, endpoint);
        var waiting = await service.DeliveryWhenAsync(admin, deliveryId, d => d.GetProperty("attemptCount").GetInt32() == 1, "the first attempt was answered 429");
        var due = waiting.GetProperty("nextAttemptAt").GetDateTimeOffset();

        await service.RestartAsync();
        MoveClockTo(due);

        var done = await SucceededAsync(admin, deliveryId, "the instance started after the restart made the second attempt");
        var attempts = Attempts(done);
        attempts.Select(a => (a.GetProperty("number").GetInt32(), a.GetProperty("statusCode").GetInt32())).Should().Equal((1, 429), (2, 200));
        AttemptedAt(attempts[1]).Should().BeOnOrAfter(due, "the second attempt waited for its time, which came only after the restart");
        var received = service.Receiver.For(hook);
        received.Should().HaveCount(2, "each attempt reached the receiver once").And.OnlyContain(r => r.Verified);
        received.Select(r => r.Id).Distinct().Should().ContainSingle().Which.Should().Be(done.GetProperty("messageId").GetString());
    }

    [Fact]
    public async Task An_attempt_cut_off_by_a_shutdown_is_given_back_and_made_again_at_once_with_the_same_webhook_id()
    {
        // The instance that makes the first attempt waits long for an answer, so the shutdown, not its timeout, ends it.
        await service.RestartAsync(services => services.PostConfigure<WebhooksOptions>(o => o.Delivery.Timeout = TimeSpan.FromSeconds(25)));
        var admin = await service.SignUpAsync();
        var hook = service.Receiver.NewHook("restart-during").Answer(ReceiverAnswer.Slow(TimeSpan.FromMinutes(2)));
        var endpoint = await service.CreateEndpointAsync(admin, hook);
        var deliveryId = await PingAsync(admin, endpoint);
        await Eventually.True(() => service.Receiver.For(hook).Count == 1, "the first attempt reached the receiver");

        await service.StopReplicaAsync(service.Webhooks);
        await using (var db = service.OpenDatabase())
        {
            var left = await db.Deliveries.AsNoTracking().SingleAsync(d => d.Id == deliveryId);
            left.Status.Should().Be(DeliveryStatus.Pending);
            left.AttemptCount.Should().Be(0, "an attempt without an answer has nothing to record");
            left.LockId.Should().BeNull("a worker shutting down gives its leases back");
            left.NextAttemptAt.Should().BeOnOrBefore(service.Clock.GetUtcNow(), "the delivery is due again at once, not when the lease would have run out");
        }
        await service.StartReplicaAsync();

        var done = await SucceededAsync(admin, deliveryId, "the next instance made the attempt again");
        Attempts(done).Should().ContainSingle().Which.GetProperty("statusCode").GetInt32().Should().Be(200);
        var received = service.Receiver.For(hook);
        received.Should().HaveCount(2, "the receiver saw the attempt whose answer was lost, and the one made again").And.OnlyContain(r => r.Verified);
        received.Select(r => r.Id).Distinct().Should().ContainSingle("an attempt made again is the same message");
    }

    [Fact]
    public async Task A_delivery_leased_by_a_worker_that_crashed_waits_for_the_lease_to_run_out_and_is_then_attempted_once()
    {
        var admin = await service.SignUpAsync();
        var hook = service.Receiver.NewHook("crashed");
        var endpoint = await service.CreateEndpointAsync(admin, hook);
        var leasedUntil = service.Clock.GetUtcNow() + service.Lease;
        Guid leasedId;
        await using (var scope = service.Webhooks.Services.CreateAsyncScope())
        {
            // What a worker leaves behind when its process dies right after claiming: a pending delivery under its lease.
            var stored = (await scope.ServiceProvider.GetRequiredService<IWebhookEndpoints>().FindAsync(endpoint.Id, default))!;
            var now = service.Clock.GetUtcNow();
            var payload = WebhookPayload.Serialize(WebhookEventTypes.Ping, now, new PingData(stored.Id, "claimed by a worker that crashed"));
            var delivery = WebhookDelivery.Create(stored, WebhookMessageId.New(now), WebhookEventTypes.Ping, payload, now);
            delivery.Lease(Guid.NewGuid(), leasedUntil, now);
            scope.ServiceProvider.GetRequiredService<IWebhookDeliveries>().Add(delivery);
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(default);
            leasedId = delivery.Id;
        }

        // A delivery made after it goes out at once: the worker has claimed since, and passed the leased one by.
        var later = await PingAsync(admin, endpoint);
        await SucceededAsync(admin, later, "the later ping was delivered");
        var held = await service.DeliveryAsync(admin, leasedId);
        MoveClockTo(leasedUntil);
        var done = await SucceededAsync(admin, leasedId, "the delivery was taken over once its lease ran out");

        held.GetProperty("status").GetString().Should().Be("pending");
        held.GetProperty("attemptCount").GetInt32().Should().Be(0, "nobody attempts a delivery while another worker's lease runs");
        var attempt = Attempts(done).Should().ContainSingle().Subject;
        AttemptedAt(attempt).Should().BeOnOrAfter(leasedUntil);
        service.Receiver.For(hook).Select(r => r.Id).Should().OnlyHaveUniqueItems().And.HaveCount(2).And.Contain(done.GetProperty("messageId").GetString());
    }

    [Fact]
    public async Task Replicas_delivering_at_the_same_time_make_each_attempt_once_retries_included()
    {
        var admin = await service.SignUpAsync();
        var steady = new[] { service.Receiver.NewHook("steady"), service.Receiver.NewHook("steady") };
        var flaky = new[] { service.Receiver.NewHook("flaky"), service.Receiver.NewHook("flaky") };
        foreach (var hook in steady)
        {
            hook.Otherwise = ReceiverAnswer.Slow(TimeSpan.FromMilliseconds(50));
        }
        foreach (var hook in flaky)
        {
            hook.Otherwise = ReceiverAnswer.Busy(TimeSpan.FromHours(1)); // no retry comes before the clock is moved on
        }
        var endpoints = new List<CreatedEndpoint>();
        foreach (var hook in steady.Concat(flaky))
        {
            endpoints.Add(await service.CreateEndpointAsync(admin, hook, WebhookEventTypes.VideoReady));
        }
        var counters = new[] { new SendCounter(), new SendCounter() };
        var replicas = new List<ServiceApp<AiVideo.Webhooks.Api.WebhooksApi>>();
        try
        {
            foreach (var counter in counters)
            {
                replicas.Add(await service.StartReplicaAsync(counter.Install));
            }
            const int events = 10;
            var messageIds = Enumerable.Range(0, events).Select(_ => Guid.NewGuid()).ToList();
            foreach (var id in messageIds)
            {
                await service.PublishAsync(Events.VideoReady(admin.CompanyId), id);
            }
            await Eventually.True(() => steady.Concat(flaky).All(h => service.Receiver.For(h).Count >= events), "every endpoint received the first attempt of every event");
            foreach (var endpoint in endpoints.Skip(steady.Length))
            {
                await Eventually.Until(() => service.DeliveriesAsync(admin, endpoint.Id),
                    list => list.Count == events && list.All(d => d.GetProperty("status").GetString() == "pending" && d.GetProperty("lastStatusCode") is { ValueKind: JsonValueKind.Number } last && last.GetInt32() == 429),
                    "each refused first attempt was recorded and its retry scheduled an hour on");
            }

            foreach (var hook in flaky)
            {
                hook.Otherwise = ReceiverAnswer.Ok;
            }
            service.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
            var deliveries = new List<(CreatedEndpoint Endpoint, List<JsonElement> Deliveries)>();
            foreach (var endpoint in endpoints)
            {
                deliveries.Add((endpoint, await Eventually.Until(() => service.DeliveriesAsync(admin, endpoint.Id),
                    list => list.Count == events && list.All(d => d.GetProperty("status").GetString() == "succeeded"), "every delivery succeeded")));
            }

            var attempts = 0;
            foreach (var (endpoint, list) in deliveries)
            {
                foreach (var delivery in list)
                {
                    var recorded = Attempts(delivery);
                    var id = delivery.GetProperty("messageId").GetString();
                    service.Receiver.For(endpoint.Hook).Count(r => r.Id == id).Should().Be(recorded.Count, $"the receiver got each recorded attempt once and no other: {delivery}");
                    StatusOf(recorded[^1]).Should().Be(200);
                    attempts += recorded.Count;
                }
            }
            deliveries.Skip(steady.Length).SelectMany(e => e.Deliveries).Should().OnlyContain(d => Attempts(d).Any(a => StatusOf(a) == 429), "a refused attempt was retried");
            deliveries.Select(e => string.Join(' ', e.Deliveries.Select(d => d.GetProperty("messageId").GetString()).Order())).Distinct().Should()
                .ContainSingle("each event is one message, with the same webhook-id at every endpoint");
            service.Receiver.Received.Where(r => steady.Concat(flaky).Any(h => h.Name == r.Hook)).Should().OnlyContain(r => r.Verified);
            var sentBy = new[] { attempts - counters.Sum(c => c.Sent), counters[0].Sent, counters[1].Sent };
            sentBy.Count(n => n > 0).Should().BeGreaterThanOrEqualTo(2, $"the replicas shared the {attempts} attempts (sent: {string.Join(", ", sentBy)})");
        }
        finally
        {
            foreach (var replica in replicas)
            {
                await service.StopReplicaAsync(replica);
            }
        }
    }
}
