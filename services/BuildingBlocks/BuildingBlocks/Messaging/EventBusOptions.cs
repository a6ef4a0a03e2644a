namespace AiVideo.BuildingBlocks.Messaging;

/// <summary>Section <c>EventBus</c>.</summary>
public sealed class EventBusOptions
{
    public const string SectionName = "EventBus";

    /// <summary>How many times a failing consumer is retried (with exponential backoff) before the message goes to the <c>_error</c> queue.</summary>
    public int RetryLimit { get; set; } = 5;

    public TimeSpan RetryMinInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan RetryMaxInterval { get; set; } = TimeSpan.FromSeconds(30);

    public int PrefetchCount { get; set; } = 16;
}
