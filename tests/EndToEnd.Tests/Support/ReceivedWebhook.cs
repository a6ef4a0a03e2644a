namespace AiVideo.EndToEnd.Tests.Support;

/// <summary>A request a hook got: its Standard Webhooks id and timestamp, its body, and whether its signature verified.</summary>
public sealed record ReceivedWebhook(string Hook, string? Id, string? Timestamp, string Body, bool Verified)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string Type => Json.GetProperty("type").GetString()!;

    public JsonElement Data => Json.GetProperty("data");
}
