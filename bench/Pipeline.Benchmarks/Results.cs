namespace AiVideo.Benchmarks.Pipeline;

/// <summary>Where and when the run happened: date, commit, cores, the load average at its start and end (the machine's other work).</summary>
public sealed record RunInfo(DateTimeOffset StartedAt, string Commit, int Cores, string LoadAtStart, string? LoadAtEnd, double? Seconds)
{
    public static string Load() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3]);
}

/// <summary>One measured pipeline: how it went, the video it made, and the CPU time every part of the system spent on it.</summary>
public sealed record PipelineMeasure(PipelineResult Result, FinalVideo? Video, IReadOnlyDictionary<string, double> CpuByRole, JobBreakdown? Jobs)
{
    public double CpuSeconds => CpuByRole.Values.Sum();

    /// <summary>From the create request (the prompt) until the final MP4 was downloaded.</summary>
    public double? WallSeconds => Video is null ? null : Video.DownloadedAt - Result.CreateSent;
}

/// <summary>One of the pipelines started together: its company, how it went and its time from the common start.</summary>
public sealed record ConcurrentEntry(string Name, int Company, PipelineResult Result, double? Seconds, FinalVideo? Video);

/// <summary>Pipelines started at the same moment by several companies: each one's result and the time until the last completed.</summary>
public sealed record ConcurrentMeasure(int Pipelines, int Companies, ProjectSpec Spec, IReadOnlyList<ConcurrentEntry> Entries, double? TotalSeconds,
    IReadOnlyDictionary<string, double> CpuByRole);

/// <summary>A role's memory peaks per phase and its CPU time per phase.</summary>
public sealed record RoleFigures(string Role, int MaxProcesses, IReadOnlyDictionary<string, long> PeakRssKb, long PeakSingleHwmKb, long PeakPssKb,
    IReadOnlyDictionary<string, double> CpuSeconds);

/// <summary>Everything one run measured, as written to the results file.</summary>
public sealed record BenchResults(
    RunInfo Run,
    BenchSettings Settings,
    PipelineMeasure? Warmup,
    PipelineMeasure? Main,
    IReadOnlyList<RawWork> Raw,
    PipelineMeasure? Long,
    ConcurrentMeasure? Concurrent,
    IReadOnlyList<string> Phases,
    IReadOnlyDictionary<string, double> PhaseSeconds,
    IReadOnlyDictionary<string, long> TotalPeakRssKb,
    long TotalPeakPssKb,
    IReadOnlyList<RoleFigures> Processes,
    int Samples,
    IReadOnlyList<string> Problems);
