namespace AiVideo.Generation.Api;

/// <summary>Names the generation service's host assembly: its entry point for test hosts and where its consumers are found.</summary>
public sealed class GenerationApi
{
    /// <summary>The prefix of this service's queues on the event bus (e.g. <c>generation-image-stored</c>).</summary>
    public const string QueuePrefix = "generation";
}
