namespace AiVideo.Generation.Domain.Jobs;

/// <summary>
/// How often and when a job is tried again after a retryable failure: up to <see cref="MaxAttempts"/> attempts in all,
/// the n-th retry after about <see cref="BaseDelay"/>·2ⁿ⁻¹ (at most <see cref="MaxDelay"/>), with jitter (between half
/// and all of it), so jobs that failed together do not come back together.
/// </summary>
public sealed record RetryPolicy(int MaxAttempts, TimeSpan BaseDelay, TimeSpan MaxDelay)
{
    public static RetryPolicy Default { get; } = new(4, TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5));

    /// <summary>The wait before the attempt after <paramref name="attempt"/> (1-based); <paramref name="jitter"/> is uniform in [0, 1).</summary>
    public TimeSpan DelayAfter(int attempt, double jitter)
    {
        var exponential = BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        var capped = Math.Min(exponential, MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + 0.5 * Math.Clamp(jitter, 0, 1)));
    }
}
