namespace AiVideo.Benchmarks.Pipeline;

/// <summary>
/// A role's memory in one phase: the highest sum of its processes' resident memory at one sample, the most processes it
/// had at once, the highest peak (VmHWM) any single one of its processes reported, and the highest sum of their
/// proportional set size (PSS: shared pages divided among the processes sharing them), read less often.
/// </summary>
public sealed class RolePeak
{
    public long PeakRssKb { get; set; }

    public int MaxProcesses { get; set; }

    public long PeakSingleHwmKb { get; set; }

    public long PeakPssKb { get; set; }
}
