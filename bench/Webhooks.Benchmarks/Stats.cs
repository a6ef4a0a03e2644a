namespace AiVideo.Benchmarks.Webhooks;

/// <summary>Percentiles by nearest rank (the smallest value at least that share of the samples do not exceed).</summary>
public static class Stats
{
    public static double Percentile(IReadOnlyList<double> samples, double share)
    {
        var sorted = samples.Order().ToArray();
        var rank = Math.Max(1, (int)Math.Ceiling(share * sorted.Length));
        return sorted[rank - 1];
    }
}
