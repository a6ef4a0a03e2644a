namespace AiVideo.Benchmarks.Pipeline;

/// <summary>
/// What one run measures, from the environment variables bench/pipeline.sh documents (each with its default): the main
/// project, the raw runs' parallelism, the long video, the concurrent pipelines, how often processes are sampled.
/// </summary>
public sealed record BenchSettings(
    bool Warmup,
    ProjectSpec Main,
    bool Raw,
    int RawParallel,
    int RawNarrationParallel,
    ProjectSpec? Long,
    int Concurrent,
    int Companies,
    ProjectSpec ConcurrentProject,
    TimeSpan SampleInterval,
    int PssEvery,
    TimeSpan PhaseTimeout,
    int ClockTicksPerSecond)
{
    /// <summary>The settings from the environment.</summary>
    public static BenchSettings FromEnvironment()
    {
        var main = new ProjectSpec("main", Number("SCENES", 6), Number("SECONDS", 30));
        var longVideo = Flag("SKIP_2MIN", false) ? null : new ProjectSpec("2-minute", Number("LONG_SCENES", 10), Number("LONG_SECONDS", 120));
        return new BenchSettings(
            Flag("WARMUP", true),
            main,
            Flag("RAW", true),
            Number("RAW_PARALLEL", Environment.ProcessorCount),
            Number("RAW_NARRATION_PARALLEL", 4),
            longVideo,
            Number("CONCURRENT", 20),
            Math.Max(1, Number("COMPANIES", 5)),
            new ProjectSpec("concurrent", Number("CONCURRENT_SCENES", 2), Number("CONCURRENT_SECONDS", 10)),
            TimeSpan.FromMilliseconds(Number("SAMPLE_MS", 500)),
            Number("PSS_EVERY", 4),
            TimeSpan.FromMinutes(Number("PHASE_TIMEOUT_MINUTES", 30)),
            Number("CLK_TCK", 100));
    }

    private static int Number(string name, int fallback) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static bool Flag(string name, bool fallback) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } text ? text is not ("0" or "false" or "no") : fallback;
}
