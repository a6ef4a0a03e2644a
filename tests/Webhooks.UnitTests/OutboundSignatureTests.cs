using AiVideo.Webhooks.Application.Outbound;
using Microsoft.AspNetCore.Http;
using StandardWebhooks;
using StandardWebhooks.Diagnostics;

namespace AiVideo.Webhooks.UnitTests;

public sealed class OutboundSignatureTests
{
    private const string Body = """{"type":"video.ready","timestamp":"2026-12-01T12:00:00+00:00","data":{"videoId":"0193a5f0-0000-7000-8000-000000000001"}}""";

    /// <summary>What a receiver does: the StandardWebhooks library's verifier, with its own clock and the secret the receiver holds.</summary>
    private static void VerifyAsReceiver(string secret, WebhookHeaders headers, string body) => new StandardWebhook(secret).Verify(body, new HeaderDictionary
    {
        ["webhook-id"] = headers.Id,
        ["webhook-timestamp"] = headers.Timestamp,
        ["webhook-signature"] = headers.Signature,
    });

    [Fact]
    public void A_signed_message_verifies_with_the_standard_webhooks_library()
    {
        var secret = SigningSecret.New();
        var now = DateTimeOffset.UtcNow;

        var headers = WebhookSigner.Sign("msg_0123456789abcdefghjkmnpqrs", now, Encoding.UTF8.GetBytes(Body), [secret]);

        headers.Id.Should().Be("msg_0123456789abcdefghjkmnpqrs");
        headers.Timestamp.Should().Be(now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        headers.Signature.Should().Be($"v1,{Documented.StandardSignature(secret.Value, headers.Id, now.ToUnixTimeSeconds(), Body)}");
        var verify = () => VerifyAsReceiver(secret.Value, headers, Body);
        verify.Should().NotThrow();
    }

    [Fact]
    public void The_library_refuses_the_message_with_another_secret_or_another_body()
    {
        var secret = SigningSecret.New();
        var headers = WebhookSigner.Sign("msg_1", DateTimeOffset.UtcNow, Encoding.UTF8.GetBytes(Body), [secret]);

        var otherSecret = () => VerifyAsReceiver(SigningSecret.New().Value, headers, Body);
        var otherBody = () => VerifyAsReceiver(secret.Value, headers, Body.Replace("video.ready", "ping"));

        otherSecret.Should().Throw<WebhookVerificationException>();
        otherBody.Should().Throw<WebhookVerificationException>();
    }

    [Fact]
    public void During_a_rotation_both_signatures_are_sent_and_each_secret_verifies_the_message()
    {
        var protector = TestProtector.Create();
        var secrets = new EndpointSecrets(protector);
        var now = DateTimeOffset.UtcNow;
        var endpointId = Guid.CreateVersion7(now);
        var (oldSecret, oldProtected) = secrets.New(endpointId);
        var endpoint = WebhookEndpoint.Create(endpointId, Guid.NewGuid(), "https://hooks.example.com/in", [WebhookEventTypes.VideoReady], null, true, oldProtected, now).Value;
        var (newSecret, newProtected) = secrets.New(endpointId);
        endpoint.RotateSecret(newProtected, now);

        var signing = secrets.ForSigning(endpoint, now);
        var headers = WebhookSigner.Sign("msg_1", now, Encoding.UTF8.GetBytes(Body), signing);

        signing.Select(s => s.Value).Should().Equal(newSecret.Value, oldSecret.Value);
        var entries = headers.Signature.Split(' ');
        entries.Should().Equal(
            $"v1,{Documented.StandardSignature(newSecret.Value, "msg_1", now.ToUnixTimeSeconds(), Body)}",
            $"v1,{Documented.StandardSignature(oldSecret.Value, "msg_1", now.ToUnixTimeSeconds(), Body)}");
        // A receiver holding the new secret verifies the header as sent. StandardWebhooks 1.1.2's Verify looks only at the
        // first entry of a two-entry header (its loop ends when no space follows the entry it just read), so the
        // receiver still holding the old secret is played with the old secret's entry alone.
        var withNew = () => VerifyAsReceiver(newSecret.Value, headers, Body);
        var withOld = () => VerifyAsReceiver(oldSecret.Value, headers with { Signature = entries[1] }, Body);
        withNew.Should().NotThrow();
        withOld.Should().NotThrow();
    }

    [Fact]
    public void A_day_after_a_rotation_only_the_new_secret_signs()
    {
        var protector = TestProtector.Create();
        var secrets = new EndpointSecrets(protector);
        var rotatedAt = DateTimeOffset.UtcNow.AddHours(-24);
        var endpointId = Guid.CreateVersion7(rotatedAt);
        var (oldSecret, oldProtected) = secrets.New(endpointId);
        var endpoint = WebhookEndpoint.Create(endpointId, Guid.NewGuid(), "https://hooks.example.com/in", [WebhookEventTypes.VideoReady], null, true, oldProtected, rotatedAt).Value;
        var (newSecret, newProtected) = secrets.New(endpointId);
        endpoint.RotateSecret(newProtected, rotatedAt);
        var now = DateTimeOffset.UtcNow;

        var headers = WebhookSigner.Sign("msg_1", now, Encoding.UTF8.GetBytes(Body), secrets.ForSigning(endpoint, now));

        headers.Signature.Split(' ').Should().ContainSingle();
        var withOld = () => VerifyAsReceiver(oldSecret.Value, headers, Body);
        var withNew = () => VerifyAsReceiver(newSecret.Value, headers, Body);
        withOld.Should().Throw<WebhookVerificationException>();
        withNew.Should().NotThrow();
    }

    [Fact]
    public void A_request_carries_the_stored_payload_bytes_its_message_id_and_a_timestamp_from_the_clock()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var secrets = new EndpointSecrets(TestProtector.Create());
        var endpointId = Guid.CreateVersion7();
        var (secret, stored) = secrets.New(endpointId);
        var endpoint = WebhookEndpoint.Create(endpointId, Guid.NewGuid(), "https://hooks.example.com/in?x=1", [WebhookEventTypes.VideoReady], null, true, stored, clock.GetUtcNow()).Value;
        var messageId = WebhookMessageId.For(WebhookEventTypes.VideoReady, "request-1");
        var delivery = WebhookDelivery.Create(endpoint, messageId, WebhookEventTypes.VideoReady, Body, clock.GetUtcNow());
        var requests = new WebhookRequests(secrets, clock);

        var first = requests.For(delivery, endpoint);
        clock.Advance(TimeSpan.FromSeconds(5));
        var second = requests.For(delivery, endpoint);

        first.Url.Should().Be(new Uri("https://hooks.example.com/in?x=1"));
        Encoding.UTF8.GetString(first.Body.Span).Should().Be(Body);
        first.Headers.Id.Should().Be(messageId).And.Be(second.Headers.Id, "the webhook-id is the same on every attempt");
        long.Parse(second.Headers.Timestamp, System.Globalization.CultureInfo.InvariantCulture)
            .Should().Be(long.Parse(first.Headers.Timestamp, System.Globalization.CultureInfo.InvariantCulture) + 5);
        var verify = () => VerifyAsReceiver(secret.Value, first.Headers, Body);
        verify.Should().NotThrow();
    }
}
