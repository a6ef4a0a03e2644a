namespace AiVideo.Webhooks.FunctionalTests.Support;

/// <summary>How the receiver answers one request: a status, optionally a Retry-After, after an optional delay.</summary>
public sealed record ReceiverAnswer(int Status, TimeSpan? RetryAfter = null, TimeSpan? Delay = null)
{
    public static ReceiverAnswer Ok { get; } = new(200);

    public static ReceiverAnswer Fail { get; } = new(500);

    public static ReceiverAnswer Gone { get; } = new(410);

    public static ReceiverAnswer Busy(TimeSpan retryAfter) => new(429, retryAfter);

    public static ReceiverAnswer Slow(TimeSpan delay) => new(200, Delay: delay);
}
