namespace AiVideo.Benchmarks.Media;

/// <summary>Another process's resident memory from /proc: now, and its peak since the last reset.</summary>
public sealed class ProcessMemory(int pid)
{
    public double ResidentMegabytes() => Read("VmRSS");

    public double PeakMegabytes() => Read("VmHWM");

    /// <summary>Resets the peak to the current resident size (writing 5 to clear_refs; needs the process's owner or root).</summary>
    public void ResetPeak() => File.WriteAllText($"/proc/{pid}/clear_refs", "5");

    private double Read(string field)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
    }
}
