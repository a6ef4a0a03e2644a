namespace AiVideo.Identity.Infrastructure.Accounts;

/// <summary>
/// How long each client waits between its checks of an email under attack (section <c>Identity:SignIn</c>); the
/// per-client lockout itself is ASP.NET Core Identity's <c>Identity:Accounts:Lockout</c> (5 failures, 15 minutes).
/// </summary>
public sealed class SignInThrottleOptions
{
    public const string SectionName = "Identity:SignIn";

    /// <summary>Once an email has failed the lockout limit from anywhere, each client waits this long before each of its checks...</summary>
    public TimeSpan SlowdownBase { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>...doubling with every further failure, up to this.</summary>
    public TimeSpan SlowdownMax { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Throttle rows untouched this long are deleted by the sweep.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How often the sweep runs (throttle rows, and the token server's expired tokens and ended sessions).</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);

    public TimeSpan Slowdown(int failuresBeyondLimit)
    {
        var factor = Math.Pow(2, Math.Min(failuresBeyondLimit, 20));
        return TimeSpan.FromTicks((long)Math.Min(SlowdownMax.Ticks, SlowdownBase.Ticks * factor));
    }
}
