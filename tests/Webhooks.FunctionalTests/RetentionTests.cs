namespace AiVideo.Webhooks.FunctionalTests;

/// <summary>The retention sweep as it runs in the service (every second in the fixture), with the service's clock moved on past the retention.</summary>
public sealed class RetentionTests(WebhooksFixture service) : IClassFixture<WebhooksFixture>
{
    [Fact]
    public async Task Finished_deliveries_and_provider_receipts_are_swept_once_older_than_the_retention_and_newer_ones_stay()
    {
        var admin = await service.SignUpAsync();
        var endpoint = await service.CreateEndpointAsync(admin, service.Receiver.NewHook("retention"));
        var old = (await Http.JsonAsync(await service.SendAsync(HttpMethod.Post, $"/api/webhook-endpoints/{endpoint.Id}/test", admin.Token), HttpStatusCode.Accepted))
            .GetProperty("id").GetGuid();
        await service.DeliveryWhenAsync(admin, old, d => d.GetProperty("status").GetString() == "succeeded", "the first ping was delivered");
        var job = $"asset-{Guid.NewGuid():N}";
        var body = $$$"""{"type":"video.asset.ready","id":"{{{Guid.NewGuid()}}}","data":{"id":"{{{job}}}","status":"ready"}}""";
        var callback = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/mux") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        callback.Headers.TryAddWithoutValidation("Mux-Signature", Documented.MuxHeader(ProviderSecrets.Mux, service.Clock.GetUtcNow().ToUnixTimeSeconds(), body));
        await Http.Expect(await service.SendAsync(callback), HttpStatusCode.OK);

        service.Clock.Advance(TimeSpan.FromDays(31)); // the retention of both is 30 days
        var recent = (await Http.JsonAsync(await service.SendAsync(HttpMethod.Post, $"/api/webhook-endpoints/{endpoint.Id}/test", admin.Token), HttpStatusCode.Accepted))
            .GetProperty("id").GetGuid();
        await service.DeliveryWhenAsync(admin, recent, d => d.GetProperty("status").GetString() == "succeeded", "the second ping was delivered");
        await Eventually.True(async () => (await service.SendAsync(HttpMethod.Get, $"/api/webhook-deliveries/{old}", admin.Token)).StatusCode == HttpStatusCode.NotFound,
            "the sweep removed the delivery that finished 31 days ago");
        await using var db = service.OpenDatabase();
        await Eventually.True(async () => !await db.Receipts.AnyAsync(r => r.ProviderJobId == job), "the sweep removed the receipt of 31 days ago");

        (await service.DeliveriesAsync(admin, endpoint.Id)).Should().ContainSingle().Which.GetProperty("id").GetGuid().Should().Be(recent);
        (await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM webhook_delivery_attempts WHERE delivery_id = {old}").SingleAsync())
            .Should().Be(0, "a delivery's attempts go with it");
    }
}
