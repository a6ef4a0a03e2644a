namespace AiVideo.Webhooks.Domain.Deliveries;

/// <summary>
/// When the attempts of a delivery happen: <see cref="Delays"/>[n] is the wait before attempt n + 1 (counted from the
/// previous attempt; the first from when the delivery was made). Each wait is spread by ±<see cref="Jitter"/> so that
/// deliveries failing together do not retry together. A receiver's <c>Retry-After</c> lengthens a wait, up to
/// <see cref="MaxRetryAfter"/>; it never shortens one.
/// </summary>
public sealed class RetrySchedule
{
    /// <summary>About 0 s, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h: eight attempts over about 28 hours.</summary>
    public static readonly RetrySchedule Default = new(
        [
            TimeSpan.Zero, TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30),
            TimeSpan.FromHours(2), TimeSpan.FromHours(5), TimeSpan.FromHours(10), TimeSpan.FromHours(10),
        ],
        jitter: 0.2,
        maxRetryAfter: TimeSpan.FromHours(10));

    public RetrySchedule(IReadOnlyList<TimeSpan> delays, double jitter, TimeSpan maxRetryAfter)
    {
        if (delays.Count == 0 || delays.Any(d => d < TimeSpan.Zero))
        {
            throw new ArgumentException("A retry schedule has at least one delay, none negative.", nameof(delays));
        }
        ArgumentOutOfRangeException.ThrowIfNegative(jitter);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(jitter, 1.0);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRetryAfter, TimeSpan.Zero);
        Delays = delays.ToArray();
        Jitter = jitter;
        MaxRetryAfter = maxRetryAfter;
    }

    public IReadOnlyList<TimeSpan> Delays { get; }

    /// <summary>The fraction by which a wait may be shorter or longer than scheduled.</summary>
    public double Jitter { get; }

    public TimeSpan MaxRetryAfter { get; }

    public int MaxAttempts => Delays.Count;

    /// <summary>
    /// How long to wait after <paramref name="attemptsMade"/> failed attempts, or null when the schedule is spent.
    /// <paramref name="jitterSample"/> is a uniform random number in [0, 1): 0.5 gives the scheduled wait exactly.
    /// </summary>
    public TimeSpan? DelayAfter(int attemptsMade, double jitterSample, TimeSpan? retryAfter = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attemptsMade, 1);
        if (attemptsMade >= MaxAttempts)
        {
            return null;
        }
        var scheduled = Delays[attemptsMade];
        var factor = 1 + Jitter * (2 * Math.Clamp(jitterSample, 0, 1) - 1);
        var delay = TimeSpan.FromTicks((long)(scheduled.Ticks * factor));
        if (retryAfter is { } asked && asked > delay)
        {
            delay = asked < MaxRetryAfter ? asked : TimeSpan.FromTicks(Math.Max(MaxRetryAfter.Ticks, delay.Ticks));
        }
        return delay;
    }
}
