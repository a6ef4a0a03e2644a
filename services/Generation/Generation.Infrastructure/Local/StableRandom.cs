using System.Text;

namespace AiVideo.Generation.Infrastructure.Local;

/// <summary>
/// A pseudo-random sequence that depends only on its seed text, the same in every process and on every machine
/// (unlike <see cref="string.GetHashCode()"/> and <see cref="Random"/>'s unseeded sequences): what makes the local
/// providers deterministic. SplitMix64 seeded by FNV-1a over the UTF-8 text.
/// </summary>
internal sealed class StableRandom(ulong seed)
{
    private ulong _state = seed;

    public static StableRandom From(params object?[] parts) => new(Hash(string.Join('\u001f', parts.Select(p => Convert.ToString(p, CultureInfo.InvariantCulture)))));

    public static ulong Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }
        return hash;
    }

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public double Between(double min, double max) => min + (max - min) * NextDouble();

    /// <summary>An integer in [0, <paramref name="count"/>).</summary>
    public int Next(int count) => (int)(NextUInt64() % (ulong)count);

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}
