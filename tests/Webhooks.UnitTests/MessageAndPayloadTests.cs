using System.Text.Json;
using AiVideo.Webhooks.Application.Outbound;

namespace AiVideo.Webhooks.UnitTests;

public sealed class MessageAndPayloadTests
{
    [Fact]
    public void Message_ids_are_msg_and_26_base32_characters_the_same_for_the_same_event()
    {
        var id = WebhookMessageId.For(WebhookEventTypes.VideoReady, "0193a5f0-0000-7000-8000-000000000001");

        id.Should().MatchRegex("^msg_[0-9a-hjkmnp-tv-z]{26}$");
        WebhookMessageId.IsValid(id).Should().BeTrue();
        WebhookMessageId.For(WebhookEventTypes.VideoReady, "0193a5f0-0000-7000-8000-000000000001").Should().Be(id);
        WebhookMessageId.For(WebhookEventTypes.ProjectCompleted, "0193a5f0-0000-7000-8000-000000000001").Should().NotBe(id);
        WebhookMessageId.IsValid("msg_short").Should().BeFalse();
        WebhookMessageId.IsValid("evt_0123456789abcdefghjkmnpqrs").Should().BeFalse();
    }

    [Fact]
    public void New_message_ids_are_unique_and_ordered_by_time()
    {
        var earlier = WebhookMessageId.New(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
        var later = WebhookMessageId.New(new DateTimeOffset(2026, 12, 1, 12, 0, 1, TimeSpan.Zero));

        WebhookMessageId.IsValid(earlier).Should().BeTrue();
        string.CompareOrdinal(earlier, later).Should().BeNegative();
        Enumerable.Range(0, 1000).Select(_ => WebhookMessageId.New(DateTimeOffset.UtcNow)).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void A_delivery_refuses_a_malformed_message_id_or_an_unknown_event_type()
    {
        var endpoint = Endpoints.Create(DateTimeOffset.UtcNow);

        var badId = () => WebhookDelivery.Create(endpoint, "42", WebhookEventTypes.VideoReady, "{}", DateTimeOffset.UtcNow);
        var badType = () => WebhookDelivery.Create(endpoint, WebhookMessageId.New(DateTimeOffset.UtcNow), "video.deleted", "{}", DateTimeOffset.UtcNow);

        badId.Should().Throw<ArgumentException>();
        badType.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void A_payload_is_type_timestamp_and_data_in_camel_case_json()
    {
        var videoId = Guid.Parse("0193a5f0-0000-7000-8000-000000000001");

        var json = WebhookPayload.Serialize(WebhookEventTypes.VideoReady, new DateTimeOffset(2026, 12, 1, 13, 0, 0, TimeSpan.FromHours(1)),
            new { VideoId = videoId, DurationSeconds = 12.5, ProjectId = (Guid?)null });

        json.Should().Be("""{"type":"video.ready","timestamp":"2026-12-01T12:00:00+00:00","data":{"videoId":"0193a5f0-0000-7000-8000-000000000001","durationSeconds":12.5,"projectId":null}}""");
        JsonDocument.Parse(json).RootElement.EnumerateObject().Select(p => p.Name).Should().Equal("type", "timestamp", "data");
    }
}
