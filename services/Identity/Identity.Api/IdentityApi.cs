namespace AiVideo.Identity.Api;

/// <summary>Names the identity service's host assembly: its entry point for test hosts and where its consumers are found.</summary>
public sealed class IdentityApi
{
    /// <summary>The prefix of this service's queues on the event bus (e.g. <c>identity-image-stored</c>).</summary>
    public const string QueuePrefix = "identity";
}
