namespace AiVideo.Webhooks.Application.Destinations;

/// <summary>Section <c>Webhooks:Delivery</c>: where deliveries may go and how they are attempted.</summary>
public sealed class DeliveryOptions
{
    /// <summary>Whether endpoints may use plain http (local runs); production keeps https only.</summary>
    public bool AllowHttp { get; set; }

    /// <summary>Whether endpoints may resolve to loopback addresses (local runs and tests); never in production.</summary>
    public bool AllowLoopback { get; set; }

    /// <summary>How long one attempt may take, connection included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a worker holds a claimed delivery; longer than <see cref="Timeout"/>, so an attempt under way is never taken over.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The waits before each attempt (the first from creation); the default is <see cref="RetrySchedule.Default"/>.</summary>
    public TimeSpan[]? RetryDelays { get; set; }

    /// <summary>How much each wait is spread, as a fraction either way.</summary>
    public double RetryJitter { get; set; } = RetrySchedule.Default.Jitter;

    /// <summary>The longest wait a receiver's <c>Retry-After</c> can ask for.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = RetrySchedule.Default.MaxRetryAfter;

    /// <summary>Whether this replica sends deliveries; false for one that only serves the API and consumes events (the others deliver).</summary>
    public bool RunWorker { get; set; } = true;

    /// <summary>How many attempts one replica makes at the same time (each claimed delivery holds a slot until its attempt is recorded).</summary>
    public int MaxConcurrentAttempts { get; set; } = 16;

    /// <summary>How often an idle worker looks for due deliveries that no commit of its own announced (other replicas', retries coming due).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public RetrySchedule Schedule() =>
        RetryDelays is { Length: > 0 } delays ? new RetrySchedule(delays, RetryJitter, MaxRetryAfter) : new RetrySchedule(RetrySchedule.Default.Delays, RetryJitter, MaxRetryAfter);
}
