using AiVideo.Contracts;

namespace AiVideo.Webhooks.FunctionalTests;

/// <summary>
/// Events published on the real bus become signed deliveries to the right company's subscribed endpoints, once each,
/// received by a receiver that verifies every signature; pings, the delivery log and retries by hand.
/// </summary>
public sealed class EventDeliveryTests(WebhooksFixture service) : IClassFixture<WebhooksFixture>
{
    private Task<IReadOnlyList<ReceivedWebhook>> ReceivedAsync(ReceiverHook hook, int count) =>
        Eventually.Until(() => Task.FromResult(service.Receiver.For(hook)), received => received.Count >= count, $"{hook.Name} received {count} request(s)");

    private Task ConsumedAsync(params Guid[] messageIds) =>
        Eventually.True(() => messageIds.All(id => service.Consumed.Of(id) > 0), "webhooks-api consumed the events");

    [Fact]
    public async Task Each_company_receives_only_its_own_events_signed_with_stable_ids()
    {
        var first = await service.SignUpAsync();
        var second = await service.SignUpAsync();
        var firstEndpoint = await service.CreateEndpointAsync(first, service.Receiver.NewHook("first"));
        var secondEndpoint = await service.CreateEndpointAsync(second, service.Receiver.NewHook("second"));
        var video = Events.VideoReady(first.CompanyId);
        var failed = Events.GenerationFailed(first.CompanyId);
        var completed = Events.ProjectCompleted(second.CompanyId);
        var upload = Events.VideoReady(second.CompanyId, VideoKinds.Upload);
        var ids = new[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };

        await service.PublishAsync(video, ids[0]);
        await service.PublishAsync(failed, ids[1]);
        await service.PublishAsync(completed, ids[2]);
        await service.PublishAsync(upload, ids[3]);

        var toFirst = await ReceivedAsync(firstEndpoint.Hook, 2);
        var toSecond = await ReceivedAsync(secondEndpoint.Hook, 2);
        await ConsumedAsync(ids);
        toFirst.Should().OnlyContain(r => r.Verified);
        toSecond.Should().OnlyContain(r => r.Verified);
        toFirst.Select(r => r.Type).Should().BeEquivalentTo(["video.ready", "generation.failed"]);
        toSecond.Select(r => r.Type).Should().BeEquivalentTo(["project.completed", "upload.processed"]);
        (await service.DeliveriesAsync(first, firstEndpoint.Id)).Should().HaveCount(2);
        (await service.DeliveriesAsync(second, secondEndpoint.Id)).Should().HaveCount(2);

        var videoMessage = toFirst.Single(r => r.Type == "video.ready");
        var body = videoMessage.Json;
        body.EnumerateObject().Select(p => p.Name).Should().Equal("type", "timestamp", "data");
        body.GetProperty("timestamp").GetDateTimeOffset().Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
        var data = body.GetProperty("data");
        data.GetProperty("requestId").GetGuid().Should().Be(video.RequestId);
        data.GetProperty("projectId").GetGuid().Should().Be(video.ProjectId!.Value);
        data.GetProperty("fileId").GetGuid().Should().Be(video.FileId);
        data.GetProperty("kind").GetString().Should().Be("final");
        data.GetProperty("playback").GetProperty("mp4FileId").GetGuid().Should().Be(video.Playback.Mp4FileId!.Value);
        data.GetProperty("captionsFileId").GetGuid().Should().Be(video.CaptionsFileId!.Value);
        videoMessage.Id.Should().MatchRegex("^msg_[0-9a-z]{26}$");

        var completedData = toSecond.Single(r => r.Type == "project.completed").Json;
        completedData.GetProperty("timestamp").GetDateTimeOffset().Should().BeCloseTo(completed.CompletedAt, TimeSpan.FromMilliseconds(1), "a completion is dated when the project completed");
        completedData.GetProperty("data").GetProperty("finalVideoFileId").GetGuid().Should().Be(completed.FinalVideoFileId);
        var uploadData = toSecond.Single(r => r.Type == "upload.processed").Json.GetProperty("data");
        uploadData.GetProperty("fileId").GetGuid().Should().Be(upload.FileId);
        uploadData.GetProperty("playback").GetProperty("hlsPlaylistKey").GetString().Should().Be(upload.Playback.HlsPlaylistKey);
        var failure = toFirst.Single(r => r.Type == "generation.failed").Json.GetProperty("data");
        failure.GetProperty("errorCode").GetString().Should().Be("ffmpeg_failed");
        failure.GetProperty("retryable").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task An_event_redelivered_or_published_again_makes_one_delivery_per_subscribed_enabled_endpoint()
    {
        var admin = await service.SignUpAsync();
        var one = await service.CreateEndpointAsync(admin, service.Receiver.NewHook("one"), WebhookEventTypes.VideoReady);
        var two = await service.CreateEndpointAsync(admin, service.Receiver.NewHook("two"), WebhookEventTypes.VideoReady, WebhookEventTypes.GenerationFailed);
        var other = await service.CreateEndpointAsync(admin, service.Receiver.NewHook("other"), WebhookEventTypes.ProjectCompleted);
        var off = await service.CreateEndpointAsync(admin, service.Receiver.NewHook("off"), WebhookEventTypes.VideoReady);
        await Http.Expect(await service.SendAsync(HttpMethod.Patch, $"/api/webhook-endpoints/{off.Id}", admin.Token, new { enabled = false }), HttpStatusCode.OK);
        var video = Events.VideoReady(admin.CompanyId, VideoKinds.Clip);
        var (first, republished) = (Guid.NewGuid(), Guid.NewGuid());

        await service.PublishAsync(video, first);
        await service.PublishAsync(video, first);
        await service.PublishAsync(video, republished);

        await Eventually.True(() => service.Consumed.Of(first) >= 2 && service.Consumed.Of(republished) >= 1, "every copy of the event was consumed");
        var toOne = await service.DeliveriesAsync(admin, one.Id);
        var toTwo = await service.DeliveriesAsync(admin, two.Id);
        toOne.Should().ContainSingle();
        toTwo.Should().ContainSingle();
        toOne[0].GetProperty("messageId").GetString().Should().Be(toTwo[0].GetProperty("messageId").GetString(), "one event is one message, whichever endpoint it goes to");
        (await service.DeliveriesAsync(admin, other.Id)).Should().BeEmpty();
        (await service.DeliveriesAsync(admin, off.Id)).Should().BeEmpty();
        foreach (var hook in new[] { one.Hook, two.Hook })
        {
            var received = (await ReceivedAsync(hook, 1)).Should().ContainSingle().Subject;
            received.Verified.Should().BeTrue();
            received.Id.Should().Be(toOne[0].GetProperty("messageId").GetString());
        }
    }

    [Fact]
    public async Task A_ping_reaches_the_endpoint_and_the_log_shows_every_attempt()
    {
        var admin = await service.SignUpAsync();
        var endpoint = await service.CreateEndpointAsync(admin, service.Receiver.NewHook("ping"));

        var response = await service.SendAsync(HttpMethod.Post, $"/api/webhook-endpoints/{endpoint.Id}/test", admin.Token);

        var accepted = await Http.JsonAsync(response, HttpStatusCode.Accepted);
        var deliveryId = accepted.GetProperty("id").GetGuid();
        response.Headers.Location!.ToString().Should().Be($"/api/webhook-deliveries/{deliveryId}");
        accepted.GetProperty("eventType").GetString().Should().Be("ping");
        var delivered = await service.DeliveryWhenAsync(admin, deliveryId, d => d.GetProperty("status").GetString() == "succeeded", "the ping was delivered");
        var attempt = delivered.GetProperty("attempts").EnumerateArray().Should().ContainSingle().Subject;
        attempt.GetProperty("number").GetInt32().Should().Be(1);
        attempt.GetProperty("statusCode").GetInt32().Should().Be(200);
        attempt.GetProperty("responseExcerpt").GetString().Should().Be("received");
        attempt.GetProperty("durationMs").GetInt32().Should().BeGreaterThanOrEqualTo(0);
        attempt.GetProperty("attemptedAt").GetDateTimeOffset().Should().BeCloseTo(service.Clock.GetUtcNow(), TimeSpan.FromMinutes(1));
        var received = (await ReceivedAsync(endpoint.Hook, 1)).Single();
        received.Type.Should().Be("ping");
        received.Json.GetProperty("data").GetProperty("endpointId").GetGuid().Should().Be(endpoint.Id);
        received.Id.Should().Be(delivered.GetProperty("messageId").GetString());
        (await service.DeliveriesAsync(admin, endpoint.Id)).Single().GetProperty("attempts").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task A_delivery_is_retried_by_hand_with_the_same_webhook_id_but_not_while_pending_or_its_endpoint_is_disabled()
    {
        var admin = await service.SignUpAsync();
        var hook = service.Receiver.NewHook("retry").Answer(ReceiverAnswer.Slow(TimeSpan.FromSeconds(1.5)));
        var endpoint = await service.CreateEndpointAsync(admin, hook);
        var deliveryId = (await Http.JsonAsync(await service.SendAsync(HttpMethod.Post, $"/api/webhook-endpoints/{endpoint.Id}/test", admin.Token), HttpStatusCode.Accepted))
            .GetProperty("id").GetGuid();
        await ReceivedAsync(hook, 1);

        var whilePending = await service.SendAsync(HttpMethod.Post, $"/api/webhook-deliveries/{deliveryId}/retry", admin.Token);
        await service.DeliveryWhenAsync(admin, deliveryId, d => d.GetProperty("status").GetString() == "succeeded", "the first attempt succeeded");
        var retried = await service.SendAsync(HttpMethod.Post, $"/api/webhook-deliveries/{deliveryId}/retry", admin.Token);
        var again = await service.DeliveryWhenAsync(admin, deliveryId, d => d.GetProperty("attemptCount").GetInt32() == 2, "the retry was attempted");
        await Http.Expect(await service.SendAsync(HttpMethod.Patch, $"/api/webhook-endpoints/{endpoint.Id}", admin.Token, new { enabled = false }), HttpStatusCode.OK);
        var whileDisabled = await service.SendAsync(HttpMethod.Post, $"/api/webhook-deliveries/{deliveryId}/retry", admin.Token);

        (await Http.JsonAsync(whilePending, HttpStatusCode.Conflict)).GetProperty("code").GetString().Should().Be("delivery_pending");
        await Http.Expect(retried, HttpStatusCode.Accepted);
        (await Http.JsonAsync(whileDisabled, HttpStatusCode.Conflict)).GetProperty("code").GetString().Should().Be("endpoint_disabled");
        again.GetProperty("status").GetString().Should().Be("succeeded");
        again.GetProperty("attempts").EnumerateArray().Select(a => a.GetProperty("number").GetInt32()).Should().Equal(1, 2);
        var received = service.Receiver.For(hook);
        received.Should().HaveCount(2).And.OnlyContain(r => r.Verified);
        received.Select(r => r.Id).Distinct().Should().ContainSingle("a retry is the same message");
    }
}
