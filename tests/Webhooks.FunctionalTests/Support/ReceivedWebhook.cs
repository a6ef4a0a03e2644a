namespace AiVideo.Webhooks.FunctionalTests.Support;

/// <summary>
/// A request the receiver got: its Standard Webhooks headers and body, and for each signature entry the secret that
/// verified it on its own (null for an entry no trusted secret verified).
/// </summary>
public sealed record ReceivedWebhook(string Hook, string? Id, string? Timestamp, string? Signature, string Body, IReadOnlyList<string?> VerifiedBy, DateTime ReceivedAt)
{
    /// <summary>Every signature entry verified with one of the hook's secrets (and there was at least one).</summary>
    public bool Verified => VerifiedBy.Count > 0 && VerifiedBy.All(secret => secret is not null);

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string Type => Json.GetProperty("type").GetString()!;
}
