namespace AiVideo.Gateway.Edge;

/// <summary>
/// Section <c>RateLimits</c>: <c>Default</c> per client (a person, an API key, or the address of an anonymous caller),
/// <c>Auth</c> per address on sign-up, sign-in, refresh and the token endpoint, <c>Generation</c> per company on every
/// route that starts work. API keys use their own per-minute and per-hour limits instead of <c>Default</c>.
/// </summary>
public sealed class RateLimitSettings
{
    public const string SectionName = "RateLimits";

    /// <summary>The prefix of the limits' Redis keys: gateways that share it share their limits (one deployment's replicas).</summary>
    public string KeyPrefix { get; set; } = "gateway";

    public WindowLimit Default { get; set; } = new() { PermitLimit = 100, WindowSeconds = 900 };

    public WindowLimit Auth { get; set; } = new() { PermitLimit = 5, WindowSeconds = 900 };

    public WindowLimit Generation { get; set; } = new() { PermitLimit = 10, WindowSeconds = 60 };

    /// <summary>A number of requests per window of seconds.</summary>
    public sealed class WindowLimit
    {
        public int PermitLimit { get; set; }

        public int WindowSeconds { get; set; }

        public TimeSpan Window => TimeSpan.FromSeconds(WindowSeconds);
    }
}
