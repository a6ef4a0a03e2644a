namespace AiVideo.ServiceDefaults.Http;

/// <summary>The resilience pipeline of outbound HTTP (section <c>HttpResilience</c>); a named client may have its own values under its name.</summary>
public sealed class HttpResilienceOptions
{
    public const string SectionName = "HttpResilience";

    public TimeSpan TotalRequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);
    public int MaxRetryAttempts { get; set; } = 3;
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);
    /// <summary>The longest <c>Retry-After</c> that is waited for before giving up instead.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(10);
    public double BreakerFailureRatio { get; set; } = 0.5;
    public int BreakerMinimumThroughput { get; set; } = 20;
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}
