namespace AiVideo.Webhooks.UnitTests;

/// <summary>Endpoints for tests, with stand-in protected secrets (the domain never reads them).</summary>
internal static class Endpoints
{
    public static WebhookEndpoint Create(DateTimeOffset now, params string[] eventTypes) =>
        WebhookEndpoint.Create(Guid.CreateVersion7(now), Guid.NewGuid(), "https://hooks.example.com/aivideo",
            eventTypes.Length == 0 ? [WebhookEventTypes.VideoReady] : eventTypes, null, true, [1, 2, 3], now).Value;
}
