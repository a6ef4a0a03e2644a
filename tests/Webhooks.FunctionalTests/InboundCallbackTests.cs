using AiVideo.Contracts;
using StandardWebhooks;

namespace AiVideo.Webhooks.FunctionalTests;

/// <summary>
/// <c>POST /api/webhooks/{provider}</c> as each provider calls it, over HTTP: signatures computed here from the documented
/// algorithms (and, for Standard Webhooks, by the StandardWebhooks library too); the event that goes out observed on the
/// real bus.
/// </summary>
public sealed class InboundCallbackTests(WebhooksFixture service) : IClassFixture<WebhooksFixture>
{
    /// <summary>One provider format: its secret, a fresh callback body about a job, and the headers that sign a body with a secret at a time.</summary>
    public sealed record Format(
        string Provider, string Secret, Func<string, string> Body, Func<string, string, string, long, IEnumerable<(string Name, string Value)>> SignWith, string EventType)
    {
        public IEnumerable<(string Name, string Value)> Sign(string body, string id, long t) => SignWith(Secret, body, id, t);
    }

    private static readonly string OtherStandardSecret = "whsec_" + Convert.ToBase64String(Encoding.UTF8.GetBytes("a-secret-no-provider-was-given!!"));

    private static readonly Dictionary<string, Format> Formats = new()
    {
        ["mux"] = new("mux", ProviderSecrets.Mux,
            job => $$$"""{"type":"video.asset.ready","id":"{{{Guid.NewGuid()}}}","object":{"type":"asset","id":"{{{job}}}"},"data":{"id":"{{{job}}}","status":"ready"}}""",
            (secret, body, _, t) => [("Mux-Signature", Documented.MuxHeader(secret, t, body))],
            "video.asset.ready"),
        ["cloudflare"] = new("cloudflare", ProviderSecrets.Cloudflare,
            job => $$$"""{"uid":"{{{job}}}","readyToStream":true,"status":{"state":"ready"},"meta":{"name":"{{{Guid.NewGuid()}}}"}}""",
            (secret, body, _, t) => [("Webhook-Signature", Documented.CloudflareHeader(secret, t, body))],
            "ready"),
        ["replicate"] = new("replicate", ProviderSecrets.Replicate,
            job => $$$"""{"id":"{{{job}}}","status":"succeeded","output":["https://replicate.delivery/{{{job}}}.mp4"]}""",
            Standard,
            "succeeded"),
        ["openai"] = new("openai", ProviderSecrets.OpenAi,
            job => $$$"""{"id":"evt_{{{Guid.NewGuid():N}}}","object":"event","type":"video.completed","created_at":1764590400,"data":{"id":"{{{job}}}"}}""",
            Standard,
            "video.completed"),
        ["acme"] = new("acme", ProviderSecrets.Acme,
            job => $$$"""{"type":"job.finished","data":{"id":"{{{job}}}"}}""",
            Standard,
            "job.finished"),
    };

    public static TheoryData<string> Providers => new(Formats.Keys);

    private static IEnumerable<(string Name, string Value)> Standard(string secret, string body, string id, long t) =>
        [("webhook-id", id), ("webhook-timestamp", t.ToString()), ("webhook-signature", Documented.StandardSignature(secret, id, t, body))];

    private long Now => service.Clock.GetUtcNow().ToUnixTimeSeconds();

    private HttpRequestMessage Callback(string provider, string body, IEnumerable<(string Name, string Value)> headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/webhooks/{provider}") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        return request;
    }

    private async Task<IReadOnlyList<JsonElement>> PublishedAboutAsync(RabbitMqProbe probe, string job, int expected)
    {
        var seen = new List<JsonElement>();
        await Eventually.True(async () =>
        {
            seen.AddRange((await probe.DrainMessagesAsync()).Where(m => m.GetProperty("providerJobId").GetString() == job));
            return seen.Count >= expected;
        }, $"{expected} ProviderCallbackReceived about {job} reached the bus");
        return seen;
    }

    private async Task<int> OutboxRowsAboutAsync(string job)
    {
        await using var db = service.OpenDatabase();
        return await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM outbox_messages WHERE payload->>'providerJobId' = {job}").SingleAsync();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_signed_callback_is_stored_and_passed_on_once_and_its_replay_is_answered_without_publishing_again(string provider)
    {
        var format = Formats[provider];
        await using var probe = await RabbitMqProbe.BindAsync<ProviderCallbackReceived>(service.Webhooks.EventBusConnectionString);
        var job = $"job-{Guid.NewGuid():N}";
        var body = format.Body(job);
        var headers = format.Sign(body, $"msg_{Guid.NewGuid():N}", Now).ToList();

        var first = await Http.JsonAsync(await service.SendAsync(Callback(provider, body, headers)), HttpStatusCode.OK);
        var published = await PublishedAboutAsync(probe, job, 1);
        var replay = await Http.JsonAsync(await service.SendAsync(Callback(provider, body, headers)), HttpStatusCode.OK);

        first.GetProperty("duplicate").GetBoolean().Should().BeFalse();
        first.GetProperty("eventType").GetString().Should().Be(format.EventType);
        replay.GetProperty("duplicate").GetBoolean().Should().BeTrue("the provider delivered the same callback again");
        replay.GetProperty("eventId").GetString().Should().Be(first.GetProperty("eventId").GetString());
        var message = published.Should().ContainSingle().Subject;
        message.GetProperty("provider").GetString().Should().Be(provider);
        message.GetProperty("eventType").GetString().Should().Be(format.EventType);
        message.GetProperty("payload").GetString().Should().Be(body, "the raw body is passed on as received");
        (await OutboxRowsAboutAsync(job)).Should().Be(1, "the replay put nothing in the outbox");
        await using var db = service.OpenDatabase();
        (await db.Receipts.CountAsync(r => r.ProviderJobId == job)).Should().Be(1);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Tampered_stale_future_wrongly_keyed_and_unsigned_callbacks_are_refused_alike_and_nothing_is_stored(string provider)
    {
        var format = Formats[provider];
        var job = $"job-{Guid.NewGuid():N}";
        var body = format.Body(job);
        var id = $"msg_{Guid.NewGuid():N}";
        var signed = format.Sign(body, id, Now).ToList();
        var wrongSecret = format.Secret.StartsWith("whsec_", StringComparison.Ordinal) ? OtherStandardSecret : "a-secret-no-provider-was-given";

        var refused = new Dictionary<string, HttpRequestMessage>
        {
            ["tampered body"] = Callback(provider, body.Replace(job, job + "x"), signed),
            ["stale (6 minutes old)"] = Callback(provider, body, format.Sign(body, id, Now - 360)),
            ["from the future (6 minutes ahead)"] = Callback(provider, body, format.Sign(body, id, Now + 360)),
            ["signed with another secret"] = Callback(provider, body, format.SignWith(wrongSecret, body, id, Now)),
            ["unsigned"] = Callback(provider, body, signed.Where(h => h.Name is "webhook-id" or "webhook-timestamp")),
            ["with the signature of an empty body"] = Callback(provider, body, format.Sign("", id, Now)),
        };
        if (format.Secret.StartsWith("whsec_", StringComparison.Ordinal))
        {
            refused["with the signature of another message id"] = Callback(provider, body, format.Sign(body, id + "x", Now).Select(h => h.Name == "webhook-id" ? (h.Name, id) : h));
            refused["without a timestamp"] = Callback(provider, body, signed.Where(h => h.Name != "webhook-timestamp"));
        }

        foreach (var (why, request) in refused)
        {
            var response = await service.SendAsync(request);
            response.StatusCode.Should().Be(HttpStatusCode.Unauthorized, why);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            problem.GetProperty("code").GetString().Should().Be("invalid_signature", why);
            problem.GetProperty("detail").GetString().Should().Be("The callback's signature is missing, wrong, or too old.", "the answer does not say which part failed");
        }
        await using var db = service.OpenDatabase();
        (await db.Receipts.CountAsync(r => r.ProviderJobId == job)).Should().Be(0);
        (await OutboxRowsAboutAsync(job)).Should().Be(0);
    }

    [Fact]
    public async Task The_standard_webhooks_library_signs_callbacks_the_service_accepts_also_with_several_signatures_during_a_rotation()
    {
        var job = $"job-{Guid.NewGuid():N}";
        var body = Formats["openai"].Body(job);
        var id = $"msg_{Guid.NewGuid():N}";
        var at = service.Clock.GetUtcNow();
        var current = new StandardWebhook(ProviderSecrets.OpenAi).Sign(id, at, body);
        var retired = new StandardWebhook("whsec_" + Convert.ToBase64String(Encoding.UTF8.GetBytes("an-older-openai-secret-012345678"))).Sign(id, at, body);
        var headers = new List<(string, string)> { ("webhook-id", id), ("webhook-timestamp", at.ToUnixTimeSeconds().ToString()), ("webhook-signature", $"{retired} {current}") };

        var accepted = await Http.JsonAsync(await service.SendAsync(Callback("openai", body, headers)), HttpStatusCode.OK);

        current.Should().Be(Documented.StandardSignature(ProviderSecrets.OpenAi, id, at.ToUnixTimeSeconds(), body), "the library and the documented algorithm agree");
        accepted.GetProperty("eventId").GetString().Should().Be(id, "OpenAI's event id is its webhook-id");
    }

    [Fact]
    public async Task An_unknown_provider_is_404_before_anything_is_checked()
    {
        var response = await service.SendAsync(Callback("stripe", "{}", []));

        await Http.Expect(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_also_when_it_is_sent_without_a_length()
    {
        var job = $"job-{Guid.NewGuid():N}";
        var body = Formats["mux"].Body(job).Replace("\"ready\"}", $"\"ready\",\"padding\":\"{new string('x', 70_000)}\"}}");
        var declared = Callback("mux", body, Formats["mux"].Sign(body, "", Now));
        var chunked = Callback("mux", body, Formats["mux"].Sign(body, "", Now));
        chunked.Content = new ContentOfUnknownLength(Encoding.UTF8.GetBytes(body));

        var first = await service.SendAsync(declared);
        var second = await service.SendAsync(chunked);

        await Http.Expect(first, HttpStatusCode.RequestEntityTooLarge);
        await Http.Expect(second, HttpStatusCode.RequestEntityTooLarge);
        await using var db = service.OpenDatabase();
        (await db.Receipts.CountAsync(r => r.ProviderJobId == job)).Should().Be(0);
    }

    [Theory]
    [InlineData("mux", "{\"type\":\"video.asset.ready\",")]
    [InlineData("mux", "[1,2,3]")]
    [InlineData("mux", "{\"type\":\"video.asset.ready\",\"data\":{}}")]
    [InlineData("cloudflare", "{\"uid\":\"abc\"}")]
    [InlineData("acme", "not json at all")]
    public async Task A_correctly_signed_body_that_is_not_the_providers_json_is_400(string provider, string body)
    {
        var response = await service.SendAsync(Callback(provider, body, Formats[provider].Sign(body, $"msg_{Guid.NewGuid():N}", Now)));

        var problem = await Http.JsonAsync(response, HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("body").EnumerateArray().Should().ContainSingle();
    }

    /// <summary>A body sent without Content-Length (chunked), as a streaming client sends it.</summary>
    private sealed class ContentOfUnknownLength(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
