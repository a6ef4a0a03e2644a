using System.Globalization;
using AiVideo.Webhooks.Application.Inbound;

namespace AiVideo.Webhooks.UnitTests;

public sealed class ProviderCallbackVerifierTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private const string MuxSecret = "mux-secret-0123456789";
    private const string CloudflareSecret = "cf-secret-0123456789";
    private static readonly string ReplicateSecret = Documented.NewStandardSecret();
    private static readonly string OpenAiSecret = Documented.NewStandardSecret();
    private static readonly string AcmeSecret = Documented.NewStandardSecret();

    private readonly FakeTimeProvider _time = new(Now);

    private ProviderCallbackVerifier Verifier(TestOptions? options = null) => new(
        [new MuxSignatureVerifier(), new CloudflareSignatureVerifier(), new StandardWebhooksVerifier()],
        options ?? TestOptions.With(
            ("mux", MuxSecret, null), ("cloudflare", CloudflareSecret, null), ("replicate", ReplicateSecret, null), ("openai", OpenAiSecret, null),
            ("acme", AcmeSecret, SignatureFormat.Standard)),
        _time);

    private static long T => Now.ToUnixTimeSeconds();

    private static CallbackHeaders MuxHeaders(string body, string secret = MuxSecret, long? t = null) =>
        CallbackHeaders.Of(("Mux-Signature", $"t={t ?? T},v1={Documented.MuxSignature(secret, t ?? T, body)}"));

    private static CallbackHeaders StandardHeaders(string id, string body, string secret, long? t = null) => CallbackHeaders.Of(
        ("webhook-id", id), ("webhook-timestamp", (t ?? T).ToString(CultureInfo.InvariantCulture)),
        ("webhook-signature", $"v1,{Documented.StandardSignature(secret, id, t ?? T, body)}"));

    [Fact]
    public void A_mux_callback_gives_its_event_id_type_and_asset_id()
    {
        const string body = """{"type":"video.asset.ready","id":"3a56ac3d-33da-4366-855b-f592d898409d","created_at":"2026-12-01T12:00:00Z","data":{"id":"asset-42","status":"ready"}}""";

        var result = Verifier().Verify("mux", MuxHeaders(body), Encoding.UTF8.GetBytes(body));

        result.IsVerified.Should().BeTrue();
        result.Callback.Should().Be(new VerifiedCallback("mux", "3a56ac3d-33da-4366-855b-f592d898409d", "video.asset.ready", "asset-42", body));
    }

    [Fact]
    public void A_cloudflare_callback_is_keyed_by_its_body_hash_with_the_state_as_type_and_the_uid_as_job()
    {
        const string body = """{"uid":"6b9e68b07dfee8cc2d116e4c51d6a957","readyToStream":true,"status":{"state":"ready","pctComplete":"100.000000"}}""";
        var time = T;
        var headers = CallbackHeaders.Of(("Webhook-Signature", $"time={time},sig1={Documented.CloudflareSignature(CloudflareSecret, time, body)}"));

        var result = Verifier().Verify("cloudflare", headers, Encoding.UTF8.GetBytes(body));

        result.IsVerified.Should().BeTrue();
        result.Callback!.EventId.Should().Be("sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body))));
        result.Callback.EventType.Should().Be("ready");
        result.Callback.ProviderJobId.Should().Be("6b9e68b07dfee8cc2d116e4c51d6a957");
    }

    [Fact]
    public void A_replicate_callback_is_keyed_by_its_webhook_id_with_the_prediction_status_and_id()
    {
        const string body = """{"id":"ufawqhfynnddngldkgtslldrkq","status":"succeeded","output":["https://replicate.delivery/x.mp4"]}""";

        var result = Verifier().Verify("replicate", StandardHeaders("msg_2Yh1", body, ReplicateSecret), Encoding.UTF8.GetBytes(body));

        result.Callback.Should().Be(new VerifiedCallback("replicate", "msg_2Yh1", "succeeded", "ufawqhfynnddngldkgtslldrkq", body));
    }

    [Fact]
    public void An_openai_callback_is_keyed_by_its_webhook_id_with_its_type_and_data_id()
    {
        const string body = """{"object":"event","id":"evt_685343a1381c819085d44c354e1b330e","type":"video.completed","created_at":1750287018,"data":{"id":"video_123"}}""";

        var result = Verifier().Verify("openai", StandardHeaders("wh_685342e6c53c8190a1be43f081506c52", body, OpenAiSecret), Encoding.UTF8.GetBytes(body));

        result.Callback.Should().Be(new VerifiedCallback("openai", "wh_685342e6c53c8190a1be43f081506c52", "video.completed", "video_123", body));
    }

    [Fact]
    public void A_provider_configured_as_standard_is_verified_as_standard_webhooks_and_names_are_matched_without_case()
    {
        const string body = """{"type":"job.done","data":{"id":"job-7"}}""";

        var result = Verifier().Verify("ACME", StandardHeaders("msg_9", body, AcmeSecret), Encoding.UTF8.GetBytes(body));

        result.Callback.Should().Be(new VerifiedCallback("acme", "msg_9", "job.done", "job-7", body));
    }

    [Fact]
    public void An_unconfigured_provider_or_one_without_a_secret_or_format_is_unknown()
    {
        const string body = """{"type":"x"}""";
        var verifier = Verifier(TestOptions.With(("mux", "", null), ("custom", AcmeSecret, null)));

        verifier.Verify("stripe", MuxHeaders(body), Encoding.UTF8.GetBytes(body)).Rejection.Should().Be(CallbackRejection.UnknownProvider);
        verifier.Verify("mux", MuxHeaders(body), Encoding.UTF8.GetBytes(body)).Rejection.Should().Be(CallbackRejection.UnknownProvider);
        verifier.Verify("custom", StandardHeaders("msg_1", body, AcmeSecret), Encoding.UTF8.GetBytes(body)).Rejection.Should().Be(CallbackRejection.UnknownProvider);
    }

    [Fact]
    public void Missing_wrong_and_stale_signatures_are_told_apart_but_all_are_unauthorized()
    {
        const string body = """{"type":"video.asset.ready","id":"e1","data":{"id":"a1"}}""";
        var verifier = Verifier();
        var old = T - 600;

        var missing = verifier.Verify("mux", CallbackHeaders.Of(), Encoding.UTF8.GetBytes(body));
        var wrong = verifier.Verify("mux", MuxHeaders(body, "not-the-secret"), Encoding.UTF8.GetBytes(body));
        var stale = verifier.Verify("mux", MuxHeaders(body, t: old), Encoding.UTF8.GetBytes(body));

        missing.Rejection.Should().Be(CallbackRejection.MissingSignature);
        wrong.Rejection.Should().Be(CallbackRejection.InvalidSignature);
        stale.Rejection.Should().Be(CallbackRejection.StaleTimestamp);
        new[] { missing, wrong, stale }.Should().OnlyContain(r => r.IsUnauthorized && !r.IsVerified);
    }

    [Fact]
    public void The_tolerance_follows_the_clock_given()
    {
        const string body = """{"type":"video.asset.ready","id":"e1","data":{"id":"a1"}}""";
        var headers = MuxHeaders(body);
        var verifier = Verifier();

        _time.Advance(TimeSpan.FromMinutes(4));
        verifier.Verify("mux", headers, Encoding.UTF8.GetBytes(body)).IsVerified.Should().BeTrue();
        _time.Advance(TimeSpan.FromMinutes(2));
        verifier.Verify("mux", headers, Encoding.UTF8.GetBytes(body)).Rejection.Should().Be(CallbackRejection.StaleTimestamp);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2,3]")]
    [InlineData("""{"type":"video.asset.ready","data":{"id":"a1"}}""")]
    [InlineData("""{"id":"e1","data":{"id":"a1"}}""")]
    [InlineData("""{"type":"video.asset.ready","id":42}""")]
    [InlineData("""{"type":"video.asset.ready","id":"e1"} trailing""")]
    public void A_correctly_signed_body_without_what_the_provider_always_sends_is_malformed(string body)
    {
        var result = Verifier().Verify("mux", MuxHeaders(body), Encoding.UTF8.GetBytes(body));

        result.Rejection.Should().Be(CallbackRejection.MalformedPayload);
        result.IsUnauthorized.Should().BeFalse();
    }

    [Fact]
    public void A_cloudflare_body_without_a_state_is_malformed_even_when_signed()
    {
        const string body = """{"uid":"abc"}""";
        var headers = CallbackHeaders.Of(("Webhook-Signature", $"time={T},sig1={Documented.CloudflareSignature(CloudflareSecret, T, body)}"));

        Verifier().Verify("cloudflare", headers, Encoding.UTF8.GetBytes(body)).Rejection.Should().Be(CallbackRejection.MalformedPayload);
    }

    [Fact]
    public void Configuration_that_could_never_verify_is_refused_at_start()
    {
        var options = TestOptions.With(("mux", "", null), ("custom", "secret", null), ("replicate", "not base64 at all!", null), ("ok", AcmeSecret, SignatureFormat.Standard)).CurrentValue;

        var result = new WebhooksOptionsValidator().Validate(null, options);

        result.Failed.Should().BeTrue();
        result.Failures.Should().HaveCount(3);
        result.Failures.Should().Contain(f => f.Contains("Webhooks:Providers:mux:Secret")).And.Contain(f => f.Contains("Webhooks:Providers:custom:Format"))
            .And.Contain(f => f.Contains("Webhooks:Providers:replicate:Secret"));
        new WebhooksOptionsValidator().Validate(null, TestOptions.With(("ok", AcmeSecret, SignatureFormat.Standard)).CurrentValue).Succeeded.Should().BeTrue();
    }

    [Fact]
    public void A_provider_name_longer_than_a_receipt_records_is_refused_at_start()
    {
        var options = TestOptions.With((new string('p', 65), AcmeSecret, SignatureFormat.Standard)).CurrentValue;

        new WebhooksOptionsValidator().Validate(null, options).Failures.Should().ContainSingle().Which.Should().Contain("longer than 64");
    }
}
