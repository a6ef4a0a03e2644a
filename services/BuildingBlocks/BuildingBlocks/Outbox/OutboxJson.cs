using System.Text.Json;

namespace AiVideo.BuildingBlocks.Outbox;

/// <summary>How event payloads are stored in the outbox (camelCase JSON, as on the wire).</summary>
internal static class OutboxJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
