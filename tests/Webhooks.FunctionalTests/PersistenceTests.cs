using AiVideo.SharedKernel.Paging;
using AiVideo.Webhooks.Api;
using AiVideo.Webhooks.Application.Outbound;
using AiVideo.Webhooks.Infrastructure.Persistence;

namespace AiVideo.Webhooks.FunctionalTests;

/// <summary>The repositories against the migrated schema on real PostgreSQL: what the endpoints, consumers and the delivery worker will rely on.</summary>
public sealed class PersistenceTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly RetrySchedule Schedule = RetrySchedule.Default;
    private ServiceApp<WebhooksApi> _app = null!;

    public async Task InitializeAsync()
    {
        _app = await ServiceApp<WebhooksApi>.CreateAsync(ResourceNames.WebhooksDatabase, new Dictionary<string, string?>
        {
            ["Webhooks:Secrets:EncryptionKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
            ["Webhooks:Delivery:RunWorker"] = "false", // these tests claim and record themselves
        });
        _app.CreateClient(); // starts the host, which migrates the database
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

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

    private async Task<WebhookEndpoint> SaveEndpointAsync(Guid companyId, params string[] eventTypes) => await InScopeAsync(async services =>
    {
        var id = Guid.CreateVersion7(Now);
        var (_, stored) = services.GetRequiredService<EndpointSecrets>().New(id);
        var endpoint = WebhookEndpoint.Create(id, companyId, "https://hooks.example.com/in", eventTypes.Length == 0 ? [WebhookEventTypes.VideoReady] : eventTypes,
            "test", true, stored, Now).Value;
        services.GetRequiredService<IWebhookEndpoints>().Add(endpoint);
        await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync(default);
        return endpoint;
    });

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
    public async Task An_endpoint_locked_for_recording_is_read_afresh()
    {
        var endpoint = await SaveEndpointAsync(Guid.NewGuid());
        await using var scope = _app.Services.CreateAsyncScope();
        var endpoints = scope.ServiceProvider.GetRequiredService<IWebhookEndpoints>();
        var stale = (await endpoints.FindAsync(endpoint.Id, default))!;

        await InScopeAsync(async services =>
        {
            var other = (await services.GetRequiredService<IWebhookEndpoints>().FindAsync(endpoint.Id, default))!;
            other.RecordFailure(Now.AddMinutes(1));
            await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync(default);
        });
        var locked = await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().InTransactionAsync(() => endpoints.LockAsync(endpoint.Id, default), default);

        stale.FailingSince.Should().BeNull();
        locked!.FailingSince.Should().Be(Now.AddMinutes(1));
        locked.ConsecutiveFailures.Should().Be(1);
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
