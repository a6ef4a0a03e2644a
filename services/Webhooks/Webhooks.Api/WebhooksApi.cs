namespace AiVideo.Webhooks.Api;

/// <summary>Names the webhooks service's host assembly: its entry point for test hosts and where its consumers are found.</summary>
public sealed class WebhooksApi
{
    /// <summary>The prefix of this service's queues on the event bus (e.g. <c>webhooks-image-stored</c>).</summary>
    public const string QueuePrefix = "webhooks";
}
