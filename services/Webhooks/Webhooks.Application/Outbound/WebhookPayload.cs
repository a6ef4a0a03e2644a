using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiVideo.Webhooks.Application.Outbound;

/// <summary>
/// The body of every message: <c>{ "type", "timestamp", "data" }</c>, camelCase JSON, the timestamp the moment the event
/// happened (ISO 8601, UTC) and <c>data</c> the event's facts with their stable ids. Made once, when the delivery is
/// made, and sent unchanged on every attempt.
/// </summary>
public static class WebhookPayload
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = false,
    };

    public static string Serialize(string type, DateTimeOffset timestamp, object data) =>
        JsonSerializer.Serialize(new Envelope(type, timestamp.ToUniversalTime(), data), Json);

    private sealed record Envelope(string Type, DateTimeOffset Timestamp, object Data);
}
