using System.Globalization;

namespace AiVideo.Benchmarks.Projects;

/// <summary>Timings in milliseconds and their median, 95th and 99th percentiles and maximum, as a Markdown table's cells.</summary>
public sealed class Latencies
{
    private readonly List<double> _milliseconds = [];

    public int Count => _milliseconds.Count;

    public void Add(double milliseconds) => _milliseconds.Add(milliseconds);

    public void AddRange(IEnumerable<double> milliseconds) => _milliseconds.AddRange(milliseconds);

    /// <summary><c>p50 | p95 | p99 | max</c>.</summary>
    public string Cells()
    {
        var sorted = _milliseconds.Order().ToList();
        string At(double quantile) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(quantile * sorted.Count) - 1)].ToString("0.0", CultureInfo.InvariantCulture);
        return sorted.Count == 0 ? "– | – | – | –" : $"{At(0.50)} | {At(0.95)} | {At(0.99)} | {sorted[^1].ToString("0.0", CultureInfo.InvariantCulture)}";
    }
}
