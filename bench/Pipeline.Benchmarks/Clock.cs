namespace AiVideo.Benchmarks.Pipeline;

/// <summary>One monotonic clock for the whole run: seconds since the benchmark started, so every moment compares with every other.</summary>
public static class Clock
{
    private static readonly long Origin = Stopwatch.GetTimestamp();

    public static double Now => Stopwatch.GetElapsedTime(Origin).TotalSeconds;
}
