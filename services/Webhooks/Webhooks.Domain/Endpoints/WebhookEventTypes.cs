namespace AiVideo.Webhooks.Domain.Endpoints;

/// <summary>The event types customers can subscribe an endpoint to (the <c>type</c> of every payload sent).</summary>
public static class WebhookEventTypes
{
    public const string VideoReady = "video.ready";
    public const string ProjectCompleted = "project.completed";
    public const string GenerationFailed = "generation.failed";
    public const string UploadProcessed = "upload.processed";

    /// <summary>A test message sent on request; every endpoint receives it whatever it subscribed to.</summary>
    public const string Ping = "ping";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        VideoReady, ProjectCompleted, GenerationFailed, UploadProcessed, Ping,
    };

    public static bool IsKnown(string? type) => type is not null && All.Contains(type);
}
