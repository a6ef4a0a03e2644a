using AiVideo.SharedKernel.Paging;
using AiVideo.Webhooks.Api;
using AiVideo.Webhooks.Application.Deliveries;
using AiVideo.Webhooks.Application.Maintenance;
using AiVideo.Webhooks.Application.Outbound;
using AiVideo.Webhooks.Infrastructure.Persistence;

namespace AiVideo.Webhooks.FunctionalTests;

/// <summary>
/// The repositories and the delivery worker's use cases against the migrated schema on real PostgreSQL (the worker itself
/// is off: these tests claim and attempt themselves), with a receiver on 127.0.0.1 for the attempts.
/// </summary>
public sealed class PersistenceTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly RetrySchedule Schedule = RetrySchedule.Default;
    private ServiceApp<WebhooksApi> _app = null!;
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync()
    {
        _receiver = await WebhookReceiver.StartAsync();
        _app = await ServiceApp<WebhooksApi>.CreateAsync(ResourceNames.WebhooksDatabase, new Dictionary<string, string?>
        {
            ["Webhooks:Secrets:EncryptionKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
            ["Webhooks:Delivery:RunWorker"] = "false", // these tests claim and record themselves
            ["Webhooks:Delivery:AllowHttp"] = "true",
            ["Webhooks:Delivery:AllowLoopback"] = "true",
        });
        _app.CreateClient(); // starts the host, which migrates the database
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    private Task InScopeAsync(Func<IServiceProvider, Task> work) => InScopeAsync(async services =>
    {
        await work(services);
        return true;
    });

    private Task<WebhookEndpoint> SaveEndpointAsync(Guid companyId, params string[] eventTypes) => SaveEndpointAsync(companyId, "https://hooks.example.com/in", eventTypes);

    private async Task<WebhookEndpoint> SaveEndpointAsync(Guid companyId, string url, string[] eventTypes, ReceiverHook? trustedBy = null) =>
        await InScopeAsync(async services =>
        {
            var id = Guid.CreateVersion7(Now);
            var (secret, stored) = services.GetRequiredService<EndpointSecrets>().New(id);
            trustedBy?.Trust(secret.Value);
            var endpoint = WebhookEndpoint.Create(id, companyId, url, eventTypes.Length == 0 ? [WebhookEventTypes.VideoReady] : eventTypes, "test", true, stored, Now).Value;
            services.GetRequiredService<IWebhookEndpoints>().Add(endpoint);
            await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync(default);
            return endpoint;
        });

    /// <summary>An endpoint at a new receiver hook that trusts its secret, and one delivery to it, claimed by <paramref name="lockId"/>.</summary>
    private async Task<(WebhookEndpoint Endpoint, ReceiverHook Hook, Guid DeliveryId)> ClaimedDeliveryAsync(Guid lockId, ReceiverAnswer answer)
    {
        var hook = _receiver.NewHook("recorded");
        hook.Otherwise = answer;
        var endpoint = await SaveEndpointAsync(Guid.NewGuid(), hook.Url, [], hook);
        var deliveryId = (await SaveDeliveriesAsync(endpoint, 1, DateTimeOffset.UtcNow)).Single();
        var claimed = await InScopeAsync(s => s.GetRequiredService<ClaimDueDeliveries>().ExecuteAsync(lockId, 10, default));
        claimed.Should().Equal(deliveryId);
        return (endpoint, hook, deliveryId);
    }

    private async Task<List<Guid>> SaveDeliveriesAsync(WebhookEndpoint endpoint, int count, DateTimeOffset createdAt) => await InScopeAsync(async services =>
    {
        var deliveries = services.GetRequiredService<IWebhookDeliveries>();
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var delivery = WebhookDelivery.Create(endpoint, WebhookMessageId.New(createdAt), WebhookEventTypes.VideoReady, $$"""{"type":"video.ready","n":{{i}}}""", createdAt);
            deliveries.Add(delivery);
            ids.Add(delivery.Id);
        }
        await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync(default);
        return ids;
    });

    [Fact]
    public async Task An_endpoint_keeps_its_event_types_encrypted_secrets_and_state()
    {
        var companyId = Guid.NewGuid();
        var endpoint = await SaveEndpointAsync(companyId, WebhookEventTypes.VideoReady, WebhookEventTypes.GenerationFailed);
        string? rotated = null;

        await InScopeAsync(async services =>
        {
            var loaded = (await services.GetRequiredService<IWebhookEndpoints>().FindAsync(endpoint.Id, companyId, default))!;
            var (secret, stored) = services.GetRequiredService<EndpointSecrets>().New(loaded.Id);
            rotated = secret.Value;
            loaded.RotateSecret(stored, Now.AddHours(1));
            loaded.RecordFailure(Now.AddHours(2));
            await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync(default);
        });

        await InScopeAsync(async services =>
        {
            var loaded = (await services.GetRequiredService<IWebhookEndpoints>().FindAsync(endpoint.Id, default))!;
            loaded.EventTypes.Should().Equal(WebhookEventTypes.GenerationFailed, WebhookEventTypes.VideoReady);
            loaded.FailingSince.Should().Be(Now.AddHours(2));
            loaded.Version.Should().NotBe(0);
            var signing = services.GetRequiredService<EndpointSecrets>().ForSigning(loaded, Now.AddHours(3));
            signing.Should().HaveCount(2);
            signing[0].Value.Should().Be(rotated);
            (await services.GetRequiredService<IWebhookEndpoints>().FindAsync(endpoint.Id, Guid.NewGuid(), default)).Should().BeNull("another company's endpoint does not exist for it");
        });

        var raw = await InScopeAsync(services => services.GetRequiredService<WebhooksContext>().Database
            .SqlQuery<byte[]>($"SELECT protected_secret AS \"Value\" FROM webhook_endpoints WHERE id = {endpoint.Id}").SingleAsync());
        var whsec = Convert.FromBase64String(rotated!["whsec_".Length..]);
        raw.AsSpan().IndexOf(whsec).Should().Be(-1, "the secret is stored encrypted");
    }

    [Fact]
    public async Task Concurrent_workers_claim_every_due_delivery_exactly_once()
    {
        var endpoint = await SaveEndpointAsync(Guid.NewGuid());
        var due = await SaveDeliveriesAsync(endpoint, 60, Now);
        await SaveDeliveriesAsync(endpoint, 5, Now.AddMinutes(10));

        var workers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var mine = new List<Guid>();
            while (true)
            {
                var claimed = await InScopeAsync(async services =>
                    await services.GetRequiredService<IWebhookDeliveries>().ClaimDueAsync(Guid.NewGuid(), 3, TimeSpan.FromMinutes(2), Now.AddSeconds(1), default));
                if (claimed.Count == 0)
                {
                    return mine;
                }
                mine.AddRange(claimed.Select(d => d.Id));
            }
        })).ToList();
        var claims = (await Task.WhenAll(workers)).SelectMany(c => c).ToList();

        claims.Should().OnlyHaveUniqueItems().And.BeEquivalentTo(due);
    }

    [Fact]
    public async Task A_lease_that_ran_out_is_taken_over_and_the_worker_that_lost_it_cannot_record_its_attempt()
    {
        var endpoint = await SaveEndpointAsync(Guid.NewGuid());
        var id = (await SaveDeliveriesAsync(endpoint, 1, Now)).Single();
        await using var first = _app.Services.CreateAsyncScope();
        var firstClaim = await first.ServiceProvider.GetRequiredService<IWebhookDeliveries>().ClaimDueAsync(Guid.NewGuid(), 10, TimeSpan.FromMinutes(2), Now, default);

        var whileLeased = await InScopeAsync(s => s.GetRequiredService<IWebhookDeliveries>().ClaimDueAsync(Guid.NewGuid(), 10, TimeSpan.FromMinutes(2), Now.AddMinutes(1), default));
        await using var second = _app.Services.CreateAsyncScope();
        var secondClaim = await second.ServiceProvider.GetRequiredService<IWebhookDeliveries>().ClaimDueAsync(Guid.NewGuid(), 10, TimeSpan.FromMinutes(2), Now.AddMinutes(3), default);

        firstClaim.Single().Id.Should().Be(id);
        whileLeased.Should().BeEmpty();
        secondClaim.Single().Id.Should().Be(id);

        firstClaim[0].RecordAttempt(AttemptResult.Answered(500, TimeSpan.FromSeconds(1), "late"), Schedule, 0.5, Now.AddMinutes(3));
        var lateSave = () => first.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(default);
        await lateSave.Should().ThrowAsync<DbUpdateConcurrencyException>();

        secondClaim[0].RecordAttempt(AttemptResult.Answered(200, TimeSpan.FromSeconds(1), "ok"), Schedule, 0.5, Now.AddMinutes(3));
        await second.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(default);

        var stored = await InScopeAsync(s => s.GetRequiredService<IWebhookDeliveries>().FindAsync(id, endpoint.CompanyId, default));
        stored!.Status.Should().Be(DeliveryStatus.Succeeded);
        stored.Attempts.Should().ContainSingle().Which.ResponseExcerpt.Should().Be("ok");
        stored.LockId.Should().BeNull();
    }

    [Fact]
    public async Task A_failed_attempt_makes_the_delivery_due_again_at_its_next_time_and_a_finished_one_is_never_claimed()
    {
        var endpoint = await SaveEndpointAsync(Guid.NewGuid());
        var id = (await SaveDeliveriesAsync(endpoint, 1, Now)).Single();

        async Task<IReadOnlyList<Guid>> ClaimAndRecordAsync(DateTimeOffset at, int? status) => await InScopeAsync(async services =>
        {
            var claimed = await services.GetRequiredService<IWebhookDeliveries>().ClaimDueAsync(Guid.NewGuid(), 10, TimeSpan.FromMinutes(2), at, default);
            foreach (var delivery in claimed)
            {
                var endpointRow = (await services.GetRequiredService<IWebhookEndpoints>().LockAsync(delivery.EndpointId, default))!;
                DeliveryAttempts.Record(delivery, endpointRow, AttemptResult.Answered(status!.Value, TimeSpan.FromMilliseconds(30), null), Schedule, 0.5, at);
            }
            await services.GetRequiredService<IUnitOfWork>().InTransactionAsync(async () =>
            {
                await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync(default);
                return true;
            }, default);
            return claimed.Select(d => d.Id).ToList();
        });

        (await ClaimAndRecordAsync(Now, 500)).Should().Equal(id);
        (await ClaimAndRecordAsync(Now.AddSeconds(4), 500)).Should().BeEmpty("the next attempt is 5 s later");
        (await InScopeAsync(s => s.GetRequiredService<IWebhookDeliveries>().NextDueAsync(default))).Should().Be(Now.AddSeconds(5));
        (await ClaimAndRecordAsync(Now.AddSeconds(5), 204)).Should().Equal(id);
        (await ClaimAndRecordAsync(Now.AddDays(2), 204)).Should().BeEmpty();

        var stored = (await InScopeAsync(s => s.GetRequiredService<IWebhookDeliveries>().FindAsync(id, endpoint.CompanyId, default)))!;
        stored.Status.Should().Be(DeliveryStatus.Succeeded);
        stored.Attempts.Select(a => (a.Number, a.StatusCode)).Should().Equal((1, 500), (2, 204));
        (await InScopeAsync(s => s.GetRequiredService<IWebhookEndpoints>().FindAsync(endpoint.Id, default)))!.FailingSince.Should().BeNull();
    }

    [Fact]
    public async Task An_endpoint_locked_for_recording_is_read_afresh_and_the_delivery_loaded_with_it_stays_tracked()
    {
        var endpoint = await SaveEndpointAsync(Guid.NewGuid());
        var deliveryId = (await SaveDeliveriesAsync(endpoint, 1, Now)).Single();
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WebhooksContext>();
        var endpoints = scope.ServiceProvider.GetRequiredService<IWebhookEndpoints>();
        var delivery = (await scope.ServiceProvider.GetRequiredService<IWebhookDeliveries>().FindAsync(deliveryId, endpoint.CompanyId, default))!;
        var stale = (await endpoints.FindAsync(endpoint.Id, default))!;

        await InScopeAsync(async services =>
        {
            var other = (await services.GetRequiredService<IWebhookEndpoints>().FindAsync(endpoint.Id, default))!;
            other.RecordFailure(Now.AddMinutes(1));
            await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync(default);
        });
        var locked = await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().InTransactionAsync(() => endpoints.LockAsync(endpoint.Id, default), default);

        locked.Should().BeSameAs(stale, "the copy this scope loaded is refreshed under the lock, not replaced");
        locked!.FailingSince.Should().Be(Now.AddMinutes(1));
        locked.ConsecutiveFailures.Should().Be(1);
        db.Entry(delivery).State.Should().Be(EntityState.Unchanged, "a delivery loaded before the lock is still tracked, so an attempt recorded on it is saved");
    }

    [Fact]
    public async Task A_successful_attempt_is_saved_on_the_delivery_and_its_endpoint_and_the_delivery_is_never_claimed_again()
    {
        var lockId = Guid.NewGuid();
        var (endpoint, hook, deliveryId) = await ClaimedDeliveryAsync(lockId, ReceiverAnswer.Ok);

        var report = await InScopeAsync(s => s.GetRequiredService<AttemptDelivery>().ExecuteAsync(deliveryId, lockId, default));

        report.Should().Be(AttemptReport.Recorded(new RecordedAttempt(AttemptOutcome.Succeeded, false)));
        var stored = (await InScopeAsync(s => s.GetRequiredService<IWebhookDeliveries>().FindAsync(deliveryId, endpoint.CompanyId, default)))!;
        stored.Status.Should().Be(DeliveryStatus.Succeeded);
        stored.LockId.Should().BeNull();
        stored.NextAttemptAt.Should().BeNull();
        stored.Attempts.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Number = 1, StatusCode = (int?)200, ResponseExcerpt = "received", Succeeded = true });
        var endpointAfter = (await InScopeAsync(s => s.GetRequiredService<IWebhookEndpoints>().FindAsync(endpoint.Id, default)))!;
        endpointAfter.LastSuccessAt.Should().Be(stored.Attempts[0].AttemptedAt);
        endpointAfter.ConsecutiveFailures.Should().Be(0);
        (await InScopeAsync(s => s.GetRequiredService<IWebhookDeliveries>().ClaimDueAsync(Guid.NewGuid(), 10, TimeSpan.FromMinutes(2), DateTimeOffset.UtcNow.AddDays(3), default)))
            .Should().NotContain(d => d.Id == deliveryId, "a delivery whose attempt was recorded is done");
        _receiver.For(hook).Should().ContainSingle().Which.Verified.Should().BeTrue();
    }

    [Fact]
    public async Task A_failed_attempt_is_saved_on_the_delivery_and_its_endpoint_and_the_next_one_is_scheduled()
    {
        var lockId = Guid.NewGuid();
        var (endpoint, hook, deliveryId) = await ClaimedDeliveryAsync(lockId, ReceiverAnswer.Fail);

        var report = await InScopeAsync(s => s.GetRequiredService<AttemptDelivery>().ExecuteAsync(deliveryId, lockId, default));

        report.Should().Be(AttemptReport.Recorded(new RecordedAttempt(AttemptOutcome.RetryScheduled, false)));
        var stored = (await InScopeAsync(s => s.GetRequiredService<IWebhookDeliveries>().FindAsync(deliveryId, endpoint.CompanyId, default)))!;
        stored.Status.Should().Be(DeliveryStatus.Pending);
        stored.LockId.Should().BeNull("the lease ends with the recorded attempt");
        var attempt = stored.Attempts.Should().ContainSingle().Subject;
        attempt.StatusCode.Should().Be(500);
        (stored.NextAttemptAt - attempt.AttemptedAt).Should().BeCloseTo(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(1), "the second attempt is about 5 s after the first");
        var endpointAfter = (await InScopeAsync(s => s.GetRequiredService<IWebhookEndpoints>().FindAsync(endpoint.Id, default)))!;
        endpointAfter.FailingSince.Should().Be(attempt.AttemptedAt);
        endpointAfter.ConsecutiveFailures.Should().Be(1);
        _receiver.For(hook).Should().ContainSingle();
    }

    [Fact]
    public async Task Events_fan_out_to_the_companys_enabled_subscribers_and_pings_to_all_its_enabled_endpoints()
    {
        var companyId = Guid.NewGuid();
        var video = await SaveEndpointAsync(companyId, WebhookEventTypes.VideoReady);
        var both = await SaveEndpointAsync(companyId, WebhookEventTypes.VideoReady, WebhookEventTypes.ProjectCompleted);
        var disabled = await SaveEndpointAsync(companyId, WebhookEventTypes.VideoReady);
        await SaveEndpointAsync(Guid.NewGuid(), WebhookEventTypes.VideoReady);
        await InScopeAsync(async services =>
        {
            var endpoint = (await services.GetRequiredService<IWebhookEndpoints>().FindAsync(disabled.Id, default))!;
            endpoint.Disable(EndpointDisabledReason.ByUser, Now);
            await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync(default);
        });

        var videoReady = await InScopeAsync(s => s.GetRequiredService<IWebhookEndpoints>().SubscribedAsync(companyId, WebhookEventTypes.VideoReady, default));
        var completed = await InScopeAsync(s => s.GetRequiredService<IWebhookEndpoints>().SubscribedAsync(companyId, WebhookEventTypes.ProjectCompleted, default));
        var ping = await InScopeAsync(s => s.GetRequiredService<IWebhookEndpoints>().SubscribedAsync(companyId, WebhookEventTypes.Ping, default));

        videoReady.Select(e => e.Id).Should().BeEquivalentTo([video.Id, both.Id]);
        completed.Select(e => e.Id).Should().Equal(both.Id);
        ping.Select(e => e.Id).Should().BeEquivalentTo([video.Id, both.Id]);
    }

    [Fact]
    public async Task An_endpoints_deliveries_page_newest_first_with_their_attempts_and_go_with_the_endpoint()
    {
        var endpoint = await SaveEndpointAsync(Guid.NewGuid());
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            ids.AddRange(await SaveDeliveriesAsync(endpoint, 1, Now.AddSeconds(i)));
        }
        await InScopeAsync(async services =>
        {
            var delivery = (await services.GetRequiredService<IWebhookDeliveries>().FindAsync(ids[^1], endpoint.CompanyId, default))!;
            delivery.RecordAttempt(AttemptResult.NoAnswer("timeout", TimeSpan.FromSeconds(15)), Schedule, 0.5, Now.AddSeconds(5));
            await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync(default);
        });
        var duplicate = await InScopeAsync(s => s.GetRequiredService<IWebhookDeliveries>().EndpointsWithMessageAsync(WebhookMessageId.New(Now), [endpoint.Id], default));

        var first = await InScopeAsync(s => s.GetRequiredService<IWebhookDeliveries>().ForEndpointAsync(endpoint.Id, endpoint.CompanyId, PageRequest.First(3), default));
        PageRequest.TryCreate(first.NextCursor, 3, out var next, out _).Should().BeTrue();
        var second = await InScopeAsync(s => s.GetRequiredService<IWebhookDeliveries>().ForEndpointAsync(endpoint.Id, endpoint.CompanyId, next, default));
        var otherCompany = await InScopeAsync(s => s.GetRequiredService<IWebhookDeliveries>().ForEndpointAsync(endpoint.Id, Guid.NewGuid(), PageRequest.First(), default));

        duplicate.Should().BeEmpty();
        first.Items.Select(d => d.Id).Concat(second.Items.Select(d => d.Id)).Should().Equal(Enumerable.Reverse(ids));
        first.Items[0].Attempts.Should().ContainSingle().Which.Error.Should().Be("timeout");
        second.NextCursor.Should().BeNull();
        otherCompany.Items.Should().BeEmpty();

        await InScopeAsync(async services =>
        {
            (await services.GetRequiredService<IWebhookEndpoints>().DeleteAsync(endpoint.Id, endpoint.CompanyId, default)).Should().BeTrue();
        });
        var left = await InScopeAsync(s => s.GetRequiredService<WebhooksContext>().Database
            .SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM webhook_delivery_attempts a JOIN webhook_deliveries d ON d.id = a.delivery_id WHERE d.endpoint_id = {endpoint.Id}").SingleAsync());
        (await InScopeAsync(s => s.GetRequiredService<IWebhookDeliveries>().FindAsync(ids[0], endpoint.CompanyId, default))).Should().BeNull();
        left.Should().Be(0);
    }

    [Fact]
    public async Task A_message_is_delivered_once_per_endpoint()
    {
        var endpoint = await SaveEndpointAsync(Guid.NewGuid());
        var messageId = WebhookMessageId.For(WebhookEventTypes.VideoReady, Guid.NewGuid().ToString());
        await InScopeAsync(async services =>
        {
            services.GetRequiredService<IWebhookDeliveries>().Add(WebhookDelivery.Create(endpoint, messageId, WebhookEventTypes.VideoReady, "{}", Now));
            await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync(default);
        });

        var other = await SaveEndpointAsync(endpoint.CompanyId);
        var having = await InScopeAsync(s => s.GetRequiredService<IWebhookDeliveries>().EndpointsWithMessageAsync(messageId, [endpoint.Id, other.Id], default));
        var again = () => InScopeAsync(async services =>
        {
            services.GetRequiredService<IWebhookDeliveries>().Add(WebhookDelivery.Create(endpoint, messageId, WebhookEventTypes.VideoReady, "{}", Now));
            await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync(default);
        });

        having.Should().BeEquivalentTo([endpoint.Id]);
        (await again.Should().ThrowAsync<DbUpdateException>()).Which.InnerException.Should().BeOfType<Npgsql.PostgresException>()
            .Which.SqlState.Should().Be(Npgsql.PostgresErrorCodes.UniqueViolation);
    }

    [Fact]
    public async Task The_sweep_removes_receipts_and_finished_deliveries_past_their_retention_and_keeps_pending_and_newer_ones()
    {
        // The service's clock is the system's here, and the retention of both is 30 days.
        var now = DateTimeOffset.UtcNow;
        var (old, recent) = (now.AddDays(-31), now.AddDays(-29));
        var endpoint = await SaveEndpointAsync(Guid.NewGuid());
        var ids = await InScopeAsync(async services =>
        {
            WebhookDelivery Make(DateTimeOffset at)
            {
                var delivery = WebhookDelivery.Create(endpoint, WebhookMessageId.New(at), WebhookEventTypes.VideoReady, "{}", at);
                services.GetRequiredService<IWebhookDeliveries>().Add(delivery);
                return delivery;
            }
            var succeededLongAgo = Make(old);
            succeededLongAgo.RecordAttempt(AttemptResult.Answered(200, TimeSpan.FromMilliseconds(20), "ok"), Schedule, 0.5, old);
            var failedLongAgo = Make(old.AddDays(-1));
            failedLongAgo.RecordAttempt(AttemptResult.Answered(500, TimeSpan.FromMilliseconds(20), "no"), Schedule, 0.5, old.AddDays(-1));
            failedLongAgo.Abandon("endpoint_disabled", old);
            var pendingLongAgo = Make(old.AddDays(-9));
            var succeededRecently = Make(recent);
            succeededRecently.RecordAttempt(AttemptResult.Answered(204, TimeSpan.FromMilliseconds(20), null), Schedule, 0.5, recent);
            var receipts = services.GetRequiredService<IInboundReceipts>();
            await services.GetRequiredService<IUnitOfWork>().InTransactionAsync(async () =>
            {
                await receipts.TryAddAsync(InboundReceipt.Create("mux", "evt-old", "video.asset.ready", "asset-old", old), default);
                await receipts.TryAddAsync(InboundReceipt.Create("mux", "evt-recent", "video.asset.ready", "asset-recent", recent), default);
                await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync(default);
                return true;
            }, default);
            return (Kept: new[] { pendingLongAgo.Id, succeededRecently.Id }, Swept: new[] { succeededLongAgo.Id, failedLongAgo.Id });
        });

        var swept = await InScopeAsync(s => s.GetRequiredService<SweepOldRecords>().ExecuteAsync(default));

        swept.Should().Be(new SweptRecords(Receipts: 1, Deliveries: 2));
        var left = await InScopeAsync(s => s.GetRequiredService<WebhooksContext>().Deliveries.AsNoTracking().Select(d => d.Id).ToListAsync());
        left.Should().BeEquivalentTo(ids.Kept, "a pending delivery stays however old it is, and a finished one for 30 days");
        var attemptsLeft = await InScopeAsync(s => s.GetRequiredService<WebhooksContext>().Database
            .SqlQuery<Guid>($"SELECT delivery_id AS \"Value\" FROM webhook_delivery_attempts").ToListAsync());
        attemptsLeft.Should().Equal(ids.Kept[1]);
        (await InScopeAsync(s => s.GetRequiredService<WebhooksContext>().Receipts.AsNoTracking().Select(r => r.EventId).ToListAsync())).Should().Equal("evt-recent");
    }

    [Fact]
    public async Task A_callback_is_received_once_per_provider_and_event_id_even_when_copies_race()
    {
        var eventId = $"evt-{Guid.NewGuid():N}";

        var racers = Enumerable.Range(0, 8).Select(_ => Task.Run(() => InScopeAsync(async services =>
        {
            var unitOfWork = services.GetRequiredService<IUnitOfWork>();
            return await unitOfWork.InTransactionAsync(
                () => services.GetRequiredService<IInboundReceipts>().TryAddAsync(InboundReceipt.Create("mux", eventId, "video.asset.ready", "asset-1", Now), default),
                default);
        }))).ToList();
        var results = await Task.WhenAll(racers);
        var otherProvider = await InScopeAsync(s => s.GetRequiredService<IInboundReceipts>().TryAddAsync(InboundReceipt.Create("cloudflare", eventId, "ready", null, Now), default));
        var later = await InScopeAsync(s => s.GetRequiredService<IInboundReceipts>().TryAddAsync(InboundReceipt.Create("mux", eventId, "video.asset.ready", "asset-1", Now.AddHours(1)), default));

        results.Count(added => added).Should().Be(1);
        otherProvider.Should().BeTrue();
        later.Should().BeFalse();
        var stored = await InScopeAsync(s => s.GetRequiredService<WebhooksContext>().Receipts.AsNoTracking().Where(r => r.EventId == eventId).ToListAsync());
        stored.Select(r => (r.Provider, r.ProviderJobId)).Should().BeEquivalentTo([("mux", (string?)"asset-1"), ("cloudflare", (string?)null)]);
    }
}
