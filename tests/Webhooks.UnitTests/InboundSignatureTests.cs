using AiVideo.Webhooks.Application.Inbound;
using StandardWebhooks;

namespace AiVideo.Webhooks.UnitTests;

public sealed class InboundSignatureTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);
    private const string Body = """{"type":"video.asset.ready","id":"evt-1","data":{"id":"asset-1"}}""";
    private const string MuxSecret = "mux-signing-secret-0123456789";
    private const string CloudflareSecret = "cf-webhook-secret-abcdef";

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static long Unix(DateTimeOffset at) => at.ToUnixTimeSeconds();

    // ---- Mux ----

    [Fact]
    public void A_mux_signature_of_t_and_the_raw_body_is_valid()
    {
        var t = Unix(Now);
        var headers = CallbackHeaders.Of(("Mux-Signature", $"t={t},v1={Documented.MuxSignature(MuxSecret, t, Body)}"));

        new MuxSignatureVerifier().Verify(headers, Bytes(Body), MuxSecret, Now, Tolerance).Should().Be(SignatureCheck.Valid);
    }

    [Fact]
    public void A_mux_signature_fails_for_a_tampered_body_a_wrong_secret_or_a_changed_timestamp()
    {
        var t = Unix(Now);
        var signature = Documented.MuxSignature(MuxSecret, t, Body);
        var verifier = new MuxSignatureVerifier();

        verifier.Verify(CallbackHeaders.Of(("Mux-Signature", $"t={t},v1={signature}")), Bytes(Body.Replace("asset-1", "asset-2")), MuxSecret, Now, Tolerance)
            .Should().Be(SignatureCheck.Invalid);
        verifier.Verify(CallbackHeaders.Of(("Mux-Signature", $"t={t},v1={signature}")), Bytes(Body), "another-secret", Now, Tolerance)
            .Should().Be(SignatureCheck.Invalid);
        verifier.Verify(CallbackHeaders.Of(("Mux-Signature", $"t={t + 1},v1={signature}")), Bytes(Body), MuxSecret, Now, Tolerance)
            .Should().Be(SignatureCheck.Invalid, "the timestamp is part of what is signed");
    }

    [Fact]
    public void A_mux_signature_in_upper_case_hex_or_among_several_v1_values_is_accepted()
    {
        var t = Unix(Now);
        var signature = Documented.MuxSignature(MuxSecret, t, Body);
        var other = Documented.MuxSignature("old-secret", t, Body);
        var verifier = new MuxSignatureVerifier();

        verifier.Verify(CallbackHeaders.Of(("Mux-Signature", $"t={t},v1={signature.ToUpperInvariant()}")), Bytes(Body), MuxSecret, Now, Tolerance)
            .Should().Be(SignatureCheck.Valid);
        verifier.Verify(CallbackHeaders.Of(("Mux-Signature", $"t={t},v1={other},v1={signature}")), Bytes(Body), MuxSecret, Now, Tolerance)
            .Should().Be(SignatureCheck.Valid);
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    [InlineData(-3600)]
    public void A_correctly_signed_mux_callback_more_than_five_minutes_away_is_stale(int offsetSeconds)
    {
        var t = Unix(Now) + offsetSeconds;
        var headers = CallbackHeaders.Of(("Mux-Signature", $"t={t},v1={Documented.MuxSignature(MuxSecret, t, Body)}"));

        new MuxSignatureVerifier().Verify(headers, Bytes(Body), MuxSecret, Now, Tolerance).Should().Be(SignatureCheck.Stale);
    }

    [Theory]
    [InlineData(-300)]
    [InlineData(300)]
    public void A_mux_callback_exactly_five_minutes_away_is_still_fresh(int offsetSeconds)
    {
        var t = Unix(Now) + offsetSeconds;
        var headers = CallbackHeaders.Of(("Mux-Signature", $"t={t},v1={Documented.MuxSignature(MuxSecret, t, Body)}"));

        new MuxSignatureVerifier().Verify(headers, Bytes(Body), MuxSecret, Now, Tolerance).Should().Be(SignatureCheck.Valid);
    }

    [Theory]
    [InlineData("v1=abcd")]
    [InlineData("t=1796126400")]
    [InlineData("t=soon,v1=00")]
    [InlineData("t=1796126400,t=1796126401,v1=00")]
    [InlineData("garbage")]
    public void A_malformed_mux_header_is_invalid(string header) =>
        new MuxSignatureVerifier().Verify(CallbackHeaders.Of(("Mux-Signature", header)), Bytes(Body), MuxSecret, Now, Tolerance)
            .Should().Be(SignatureCheck.Invalid);

    [Fact]
    public void A_mux_callback_without_its_header_is_missing_a_signature()
    {
        new MuxSignatureVerifier().Verify(CallbackHeaders.Of(), Bytes(Body), MuxSecret, Now, Tolerance).Should().Be(SignatureCheck.Missing);
        new MuxSignatureVerifier().Verify(CallbackHeaders.Of(("Mux-Signature", " ")), Bytes(Body), MuxSecret, Now, Tolerance).Should().Be(SignatureCheck.Missing);
    }

    // ---- Cloudflare Stream ----

    [Fact]
    public void A_cloudflare_signature_of_time_and_the_raw_body_is_valid_and_header_names_ignore_case()
    {
        var time = Unix(Now);
        var headers = CallbackHeaders.Of(("webhook-signature", $"time={time},sig1={Documented.CloudflareSignature(CloudflareSecret, time, Body)}"));

        new CloudflareSignatureVerifier().Verify(headers, Bytes(Body), CloudflareSecret, Now, Tolerance).Should().Be(SignatureCheck.Valid);
    }

    [Fact]
    public void A_cloudflare_signature_fails_for_a_tampered_body_or_a_wrong_secret_and_is_stale_out_of_tolerance()
    {
        var time = Unix(Now);
        var header = $"time={time},sig1={Documented.CloudflareSignature(CloudflareSecret, time, Body)}";
        var verifier = new CloudflareSignatureVerifier();
        var old = Unix(Now.AddMinutes(-6));
        var future = Unix(Now.AddMinutes(6));

        verifier.Verify(CallbackHeaders.Of(("Webhook-Signature", header)), Bytes(Body + " "), CloudflareSecret, Now, Tolerance).Should().Be(SignatureCheck.Invalid);
        verifier.Verify(CallbackHeaders.Of(("Webhook-Signature", header)), Bytes(Body), "wrong", Now, Tolerance).Should().Be(SignatureCheck.Invalid);
        verifier.Verify(CallbackHeaders.Of(("Webhook-Signature", $"time={old},sig1={Documented.CloudflareSignature(CloudflareSecret, old, Body)}")),
            Bytes(Body), CloudflareSecret, Now, Tolerance).Should().Be(SignatureCheck.Stale);
        verifier.Verify(CallbackHeaders.Of(("Webhook-Signature", $"time={future},sig1={Documented.CloudflareSignature(CloudflareSecret, future, Body)}")),
            Bytes(Body), CloudflareSecret, Now, Tolerance).Should().Be(SignatureCheck.Stale);
    }

    [Fact]
    public void A_cloudflare_callback_with_a_mux_header_or_none_is_missing_its_signature()
    {
        var time = Unix(Now);
        var verifier = new CloudflareSignatureVerifier();

        verifier.Verify(CallbackHeaders.Of(("Mux-Signature", $"t={time},v1={Documented.MuxSignature(CloudflareSecret, time, Body)}")),
            Bytes(Body), CloudflareSecret, Now, Tolerance).Should().Be(SignatureCheck.Missing);
        verifier.Verify(CallbackHeaders.Of(("Webhook-Signature", $"t={time},v1={Documented.MuxSignature(CloudflareSecret, time, Body)}")),
            Bytes(Body), CloudflareSecret, Now, Tolerance).Should().Be(SignatureCheck.Invalid, "Mux's keys are not Cloudflare's");
    }

    // ---- Standard Webhooks ----

    private static CallbackHeaders Standard(string id, long timestamp, string signature) =>
        CallbackHeaders.Of(("webhook-id", id), ("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("webhook-signature", signature));

    [Fact]
    public void A_standard_signature_over_id_timestamp_and_body_is_valid_computed_by_hand_or_by_the_library()
    {
        var secret = Documented.NewStandardSecret();
        var t = Unix(Now);
        var byHand = $"v1,{Documented.StandardSignature(secret, "msg_1", t, Body)}";
        var byLibrary = new StandardWebhook(secret).Sign("msg_1", Now, Body);

        byLibrary.Should().Be(byHand);
        new StandardWebhooksVerifier().Verify(Standard("msg_1", t, byHand), Bytes(Body), secret, Now, Tolerance).Should().Be(SignatureCheck.Valid);
    }

    [Fact]
    public void A_standard_signature_fails_for_a_tampered_body_another_id_or_a_wrong_secret()
    {
        var secret = Documented.NewStandardSecret();
        var t = Unix(Now);
        var signature = $"v1,{Documented.StandardSignature(secret, "msg_1", t, Body)}";
        var verifier = new StandardWebhooksVerifier();

        verifier.Verify(Standard("msg_1", t, signature), Bytes(Body.Replace("evt-1", "evt-2")), secret, Now, Tolerance).Should().Be(SignatureCheck.Invalid);
        verifier.Verify(Standard("msg_2", t, signature), Bytes(Body), secret, Now, Tolerance).Should().Be(SignatureCheck.Invalid);
        verifier.Verify(Standard("msg_1", t, signature), Bytes(Body), Documented.NewStandardSecret(), Now, Tolerance).Should().Be(SignatureCheck.Invalid);
    }

    [Fact]
    public void Several_standard_signatures_are_accepted_when_any_one_matches_as_during_a_rotation()
    {
        var oldSecret = Documented.NewStandardSecret();
        var newSecret = Documented.NewStandardSecret();
        var t = Unix(Now);
        var both = $"v1,{Documented.StandardSignature(newSecret, "msg_1", t, Body)} v1,{Documented.StandardSignature(oldSecret, "msg_1", t, Body)}";
        var verifier = new StandardWebhooksVerifier();

        verifier.Verify(Standard("msg_1", t, both), Bytes(Body), oldSecret, Now, Tolerance).Should().Be(SignatureCheck.Valid);
        verifier.Verify(Standard("msg_1", t, both), Bytes(Body), newSecret, Now, Tolerance).Should().Be(SignatureCheck.Valid);
        verifier.Verify(Standard("msg_1", t, both), Bytes(Body), Documented.NewStandardSecret(), Now, Tolerance).Should().Be(SignatureCheck.Invalid);
    }

    [Fact]
    public void Standard_entries_of_other_versions_or_without_a_comma_are_skipped_not_fatal()
    {
        var secret = Documented.NewStandardSecret();
        var t = Unix(Now);
        var good = Documented.StandardSignature(secret, "msg_1", t, Body);
        var verifier = new StandardWebhooksVerifier();

        verifier.Verify(Standard("msg_1", t, $"v1a,{good} broken v1,{good}"), Bytes(Body), secret, Now, Tolerance).Should().Be(SignatureCheck.Valid);
        verifier.Verify(Standard("msg_1", t, $"v1a,{good} v2,{good}"), Bytes(Body), secret, Now, Tolerance).Should().Be(SignatureCheck.Invalid);
        verifier.Verify(Standard("msg_1", t, "v1,not-base64!"), Bytes(Body), secret, Now, Tolerance).Should().Be(SignatureCheck.Invalid);
    }

    [Fact]
    public void A_secret_without_the_whsec_prefix_is_read_as_base64_too()
    {
        var secret = Documented.NewStandardSecret();
        var t = Unix(Now);
        var signature = $"v1,{Documented.StandardSignature(secret, "msg_1", t, Body)}";

        new StandardWebhooksVerifier().Verify(Standard("msg_1", t, signature), Bytes(Body), secret["whsec_".Length..], Now, Tolerance)
            .Should().Be(SignatureCheck.Valid);
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public void A_correctly_signed_standard_callback_out_of_tolerance_is_stale(int offsetSeconds)
    {
        var secret = Documented.NewStandardSecret();
        var t = Unix(Now) + offsetSeconds;

        new StandardWebhooksVerifier().Verify(Standard("msg_1", t, $"v1,{Documented.StandardSignature(secret, "msg_1", t, Body)}"), Bytes(Body), secret, Now, Tolerance)
            .Should().Be(SignatureCheck.Stale);
    }

    [Fact]
    public void A_standard_callback_missing_any_of_its_three_headers_is_missing_a_signature()
    {
        var secret = Documented.NewStandardSecret();
        var t = Unix(Now).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = $"v1,{Documented.StandardSignature(secret, "msg_1", Unix(Now), Body)}";
        var verifier = new StandardWebhooksVerifier();

        verifier.Verify(CallbackHeaders.Of(("webhook-timestamp", t), ("webhook-signature", signature)), Bytes(Body), secret, Now, Tolerance).Should().Be(SignatureCheck.Missing);
        verifier.Verify(CallbackHeaders.Of(("webhook-id", "msg_1"), ("webhook-signature", signature)), Bytes(Body), secret, Now, Tolerance).Should().Be(SignatureCheck.Missing);
        verifier.Verify(CallbackHeaders.Of(("webhook-id", "msg_1"), ("webhook-timestamp", t)), Bytes(Body), secret, Now, Tolerance).Should().Be(SignatureCheck.Missing);
    }

    [Fact]
    public void A_standard_timestamp_that_is_not_unix_seconds_is_invalid()
    {
        var secret = Documented.NewStandardSecret();
        var headers = CallbackHeaders.Of(("webhook-id", "msg_1"), ("webhook-timestamp", "2026-12-01T12:00:00Z"), ("webhook-signature", "v1,AAAA"));

        new StandardWebhooksVerifier().Verify(headers, Bytes(Body), secret, Now, Tolerance).Should().Be(SignatureCheck.Invalid);
    }
}
