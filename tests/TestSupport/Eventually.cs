namespace AiVideo.Testing;

/// <summary>Waits for a condition by polling it, with a deadline; never a fixed sleep.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <summary>How long to wait between two probes unless told otherwise.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Probes until <paramref name="done"/> holds or the timeout passes. <paramref name="interval"/> spaces the probes
    /// (probes that cost a round trip through several services can be spaced further than the default).
    /// </summary>
    public static async Task<T> Until<T>(Func<Task<T>> probe, Func<T, bool> done, string because, TimeSpan? timeout = null, TimeSpan? interval = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Gave up waiting after {(timeout ?? DefaultTimeout).TotalSeconds:0.#} s until {because} (last value: {value}).");
            }
            await Task.Delay(interval ?? DefaultInterval);
        }
    }

    public static Task True(Func<Task<bool>> condition, string because, TimeSpan? timeout = null, TimeSpan? interval = null) =>
        Until(condition, done => done, because, timeout, interval);

    public static Task True(Func<bool> condition, string because, TimeSpan? timeout = null) =>
        Until(() => Task.FromResult(condition()), done => done, because, timeout);
}
