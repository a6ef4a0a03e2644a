using System.Text;

namespace AiVideo.Benchmarks.Pipeline;

/// <summary>The run's results as the Markdown tables docs/benchmarks.md shows.</summary>
public static class Report
{
    public static string Seconds(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "–";

    public static string Markdown(BenchResults results)
    {
        var text = new StringBuilder();
        var run = results.Run;
        Line(text, $"Pipeline benchmark, {run.StartedAt:yyyy-MM-dd HH:mm} UTC, commit {run.Commit}, {run.Cores} cores; load average (1, 5, 15 min) "
            + $"{run.LoadAtStart} at the start, {run.LoadAtEnd} at the end; {Seconds(run.Seconds)} s in all. Wall times depend on what else the "
            + "machine runs: on a shared machine they are noisy; CPU times much less.");
        Line(text);
        if (results.Main is { } main)
        {
            MainTable(text, main, results);
        }
        FirstEvents(text, results);
        if (results.Long is { } longVideo)
        {
            LongTable(text, longVideo);
        }
        if (results.Concurrent is { } concurrent)
        {
            ConcurrentTable(text, concurrent);
        }
        MemoryTables(text, results);
        if (results.Problems.Count > 0)
        {
            Line(text, "**Problems:**");
            Line(text);
            foreach (var problem in results.Problems)
            {
                Line(text, $"* {problem}");
            }
            Line(text);
        }
        return text.ToString();
    }

    /// <summary>The phase in which the system had nothing to do while the raw work ran (its own background CPU).</summary>
    public const string RawPhase = "raw work (system idle)";

    private static double MediaCpu(IReadOnlyDictionary<string, double> cpu) =>
        cpu.Where(c => c.Key.StartsWith("generation-api", StringComparison.Ordinal)).Sum(c => c.Value);

    private static void MainTable(StringBuilder text, PipelineMeasure main, BenchResults results)
    {
        var raw = results.Raw;
        var r = main.Result;
        var media = MediaCpu(main.CpuByRole);
        Line(text, $"Prompt → final MP4 ({r.Spec}), through the gateway with the local providers, against the same ffmpeg and espeak-ng work run directly. "
            + "CPU of the media work: generation-api with the ffmpeg, ffprobe and espeak-ng it ran, against the raw script with its commands:");
        Line(text);
        Line(text, "| run | wall (s) | CPU of the media work (s) | CPU of every process of the system (s) | pipeline ÷ this, wall | pipeline ÷ this, media CPU |");
        Line(text, "| --- | ---: | ---: | ---: | ---: | ---: |");
        Line(text, $"| pipeline: create → generate → `completed` on SSE → MP4 downloaded | {Seconds(main.WallSeconds)} | {Seconds(media)} | {Seconds(main.CpuSeconds)} | | |");
        var tools = main.CpuByRole.GetValueOrDefault(ProcessRoles.ToolsOf("generation-api"));
        Line(text, $"| of which generation-api's ffmpeg, ffprobe and espeak-ng runs | | {Seconds(tools)} | | | |");
        Line(text, $"| of which generation-api itself (.NET: jobs, drawing the pictures, fitting narration, transfers to media-api, progress) | | {Seconds(media - tools)} | | | |");
        foreach (var work in raw)
        {
            var how = work.NarrationParallel is { } n && work.Parallel > 1 ? $"{work.Parallel} at a time, narration {n} at a time" : "one command at a time";
            Line(text, $"| raw {work.Label} ({how}) | {Seconds(work.WallSeconds)} | {Seconds(work.CpuSeconds)} | – | {Ratio(main.WallSeconds, work.WallSeconds)} | {Ratio(media, work.CpuSeconds)} |");
        }
        if (results.PhaseSeconds.TryGetValue(RawPhase, out var idleSeconds) && idleSeconds > 0)
        {
            var idleCpu = results.Processes.Sum(p => p.CpuSeconds.GetValueOrDefault(RawPhase));
            Line(text);
            Line(text, $"The rest of the system spent {Seconds(main.CpuSeconds - media)} s of CPU on the pipeline's {Seconds(main.WallSeconds)} s; with nothing to do "
                + $"(while the raw work ran) it spends {(idleCpu / idleSeconds).ToString("0.00", CultureInfo.InvariantCulture)} s of CPU per second.");
        }
        Line(text);
        Line(text, "Where the pipeline's time went (s, from the arrivals of its status events):");
        Line(text);
        Line(text, "| step | pipeline |");
        Line(text, "| --- | ---: |");
        foreach (var (step, seconds) in Steps(main))
        {
            Line(text, $"| {step} | {Seconds(seconds)} |");
        }
        Line(text, $"| final MP4 | {main.Video?.ToString() ?? "none"}{(main.Video is { Passed: false } v ? $" ({string.Join("; ", v.Problems)})" : "")} |");
        Line(text);
        JobsTable(text, main);
        foreach (var work in raw)
        {
            Line(text, $"Raw {work.Label}: {string.Join("; ", work.Steps.Select(s => $"{s.Step.Replace("raw: ", "", StringComparison.Ordinal)} {s.Value}"))}.");
            Line(text);
        }
    }

    private static void JobsTable(StringBuilder text, PipelineMeasure measure)
    {
        if (measure.Jobs is not { } jobs)
        {
            return;
        }
        Line(text, $"Its generation jobs ({measure.Result.Name}; generation-api's records, read from its database after the run, server clock):");
        Line(text);
        Line(text, "| job kind | jobs | attempts | summed run time (s) | longest wait in the queue (s) |");
        Line(text, "| --- | ---: | ---: | ---: | ---: |");
        foreach (var kind in jobs.Kinds)
        {
            Line(text, $"| {kind.Kind} | {kind.Count} | {kind.Attempts} | {Seconds(kind.RunSeconds)} | {Seconds(kind.LongestWaitSeconds)} |");
        }
        Line(text);
        Line(text, $"From the start's recorded `storyboarding` to the recorded `completed`: {Seconds(jobs.PipelineSeconds)} s, of which at least one job ran "
            + $"{Seconds(jobs.BusySeconds)} s and none {Seconds(jobs.IdleSeconds)} s (events between the services, queueing and claiming the next job, "
            + "and the project's own steps).");
        Line(text);
    }

    private static IEnumerable<(string Step, double? Seconds)> Steps(PipelineMeasure measure)
    {
        var r = measure.Result;
        yield return ("create the project, open its event stream", (double?)(r.GenerateSent - r.CreateSent));
        yield return ("`POST …/generate` → 202", (double?)(r.Accepted - r.GenerateSent));
        yield return ("storyboard (202 → `generating`)", r.StatusArrivals.TryGetValue("generating", out var generating) ? (double?)(generating - r.Accepted) : null);
        yield return ("images and clips (`generating` → `rendering`)", r.Between("generating", "rendering"));
        yield return ("final video: narration, captions, composition, stored (`rendering` → `completed`)", r.Between("rendering", "completed"));
        yield return ("download the MP4 through its signed link", measure.Video is { } v && r.CompletedAt is { } done ? (double?)(v.DownloadedAt - done) : null);
        yield return ("**total**", measure.WallSeconds);
    }

    private static void FirstEvents(StringBuilder text, BenchResults results)
    {
        Line(text, "Time to the first SSE event after `POST /api/projects/{id}/generate` (the stream was opened before, its history read), in ms: "
            + "from the 202 to the first event after it (the start's own status change, committed with the 202), and to the first event "
            + "recorded later (caused by generation's work):");
        Line(text);
        Line(text, "| pipeline | generate → 202 | 202 → first event | first event | 202 → first event of generation's work | that event |");
        Line(text, "| --- | ---: | ---: | --- | ---: | --- |");
        foreach (var measure in new[] { results.Warmup, results.Main, results.Long }.OfType<PipelineMeasure>())
        {
            var r = measure.Result;
            Line(text, $"| {r.Name} | {Ms(r.Accepted - r.GenerateSent)} | {Ms(r.FirstEventSeconds)} | {r.FirstEvent} | {Ms(r.FirstGenerationEventSeconds)} | {r.FirstGenerationEvent} |");
        }
        if (results.Concurrent is { } concurrent)
        {
            var all = concurrent.Entries.Select(e => e.Result).ToList();
            Line(text, $"| {all.Count} at once: median / max | {Ms(Median(all.Select(r => (double?)(r.Accepted - r.GenerateSent))))} / {Ms(all.Max(r => r.Accepted - r.GenerateSent))} "
                + $"| {Ms(Median(all.Select(r => r.FirstEventSeconds)))} / {Ms(all.Max(r => r.FirstEventSeconds))} | "
                + $"| {Ms(Median(all.Select(r => r.FirstGenerationEventSeconds)))} / {Ms(all.Max(r => r.FirstGenerationEventSeconds))} | |");
        }
        Line(text);
    }

    private static void LongTable(StringBuilder text, PipelineMeasure measure)
    {
        var r = measure.Result;
        Line(text, $"A long video ({r.Spec}):");
        Line(text);
        Line(text, "| video | create → MP4 downloaded (s) | ÷ its own length | storyboard | images and clips | final video | download | CPU, every process (s) | final MP4 |");
        Line(text, "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        var steps = Steps(measure).ToList();
        Line(text, $"| {r.Spec.Seconds} s, {r.Spec.Scenes} scenes | {Seconds(measure.WallSeconds)} | {Ratio(measure.WallSeconds, r.Spec.Seconds)} | {Seconds(steps[2].Seconds)} "
            + $"| {Seconds(steps[3].Seconds)} | {Seconds(steps[4].Seconds)} | {Seconds(steps[5].Seconds)} | {Seconds(measure.CpuSeconds)} | {measure.Video?.ToString() ?? r.Outcome} |");
        Line(text);
        JobsTable(text, measure);
    }

    private static void ConcurrentTable(StringBuilder text, ConcurrentMeasure measure)
    {
        var completed = measure.Entries.Where(e => e.Result.Completed).ToList();
        var times = completed.Select(e => e.Seconds).ToList();
        Line(text, $"{measure.Pipelines} pipelines started at the same moment by {measure.Companies} companies ({measure.Pipelines / measure.Companies} each; "
            + $"each project {measure.Spec}); each one's time from the common start to its `completed` event:");
        Line(text);
        Line(text, "| pipelines | completed | videos checked | all done after (s) | each: min (s) | median | max | CPU, every process (s) |");
        Line(text, "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        Line(text, $"| {measure.Pipelines} | {completed.Count} | {measure.Entries.Count(e => e.Video is { Passed: true })} | {Seconds(measure.TotalSeconds)} "
            + $"| {Seconds(times.Min())} | {Seconds(Median(times))} | {Seconds(times.Max())} | {Seconds(measure.CpuByRole.Values.Sum())} |");
        Line(text);
        var order = completed.OrderBy(e => e.Result.CompletedAt).Select(e => e.Company.ToString(CultureInfo.InvariantCulture));
        Line(text, $"Completion order by company: {string.Join(' ', order)}.");
        Line(text);
    }

    private static void MemoryTables(StringBuilder text, BenchResults results)
    {
        var phases = results.Phases;
        Line(text, $"Peak resident memory (MB; the highest sum of a part's processes' VmRSS at one sample, every {results.Settings.SampleInterval.TotalMilliseconds:0} ms, "
            + $"{results.Samples} samples) per phase; the largest single process's own peak (VmHWM); and the highest sum of the part's PSS (shared pages "
            + $"divided among the processes sharing them, read every {results.Settings.PssEvery} samples), which unlike RSS adds up across parts:");
        Line(text);
        Line(text, $"| process | processes | {string.Join(" | ", phases)} | whole run | largest process VmHWM | whole run, PSS |");
        Line(text, $"| --- | ---: | {string.Join(" | ", phases.Select(_ => "---:"))} | ---: | ---: | ---: |");
        foreach (var role in results.Processes)
        {
            Line(text, $"| {role.Role} | {role.MaxProcesses} | {string.Join(" | ", phases.Select(p => Mb(role.PeakRssKb[p])))} | {Mb(role.PeakRssKb[SystemSampler.WholeRun])} | {Mb(role.PeakSingleHwmKb)} | {Mb(role.PeakPssKb)} |");
        }
        Line(text, $"| **all** | | {string.Join(" | ", phases.Select(p => $"**{Mb(results.TotalPeakRssKb[p])}**"))} | **{Mb(results.TotalPeakRssKb[SystemSampler.WholeRun])}** | | **{Mb(results.TotalPeakPssKb)}** |");
        Line(text);
        Line(text, "CPU time (s, user + system) per phase; a service's tools count apart (what it reaped: generation-api's ffmpeg, ffprobe and espeak-ng runs):");
        Line(text);
        Line(text, $"| process | {string.Join(" | ", phases)} |");
        Line(text, $"| --- | {string.Join(" | ", phases.Select(_ => "---:"))} |");
        foreach (var role in results.Processes.Where(r => r.CpuSeconds.Values.Any(c => c >= 0.05)))
        {
            Line(text, $"| {role.Role} | {string.Join(" | ", phases.Select(p => Seconds(role.CpuSeconds[p])))} |");
        }
        Line(text, $"| **all** | {string.Join(" | ", phases.Select(p => $"**{Seconds(results.Processes.Sum(r => r.CpuSeconds[p]))}**"))} |");
        Line(text, $"| phase length (s) | {string.Join(" | ", phases.Select(p => Seconds(results.PhaseSeconds[p])))} |");
        Line(text);
    }

    private static double? Median(IEnumerable<double?> values)
    {
        var sorted = values.OfType<double>().Order().ToList();
        return sorted.Count == 0 ? null : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Ratio(double? a, double? b) => a is { } x && b is { } y && y > 0 ? (x / y).ToString("0.00", CultureInfo.InvariantCulture) : "–";

    private static string Ms(double? seconds) => seconds is { } s ? (s * 1000).ToString("0", CultureInfo.InvariantCulture) : "–";

    private static string Mb(long kilobytes) => (kilobytes / 1024).ToString(CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, string line = "") => text.Append(line).Append('\n');
}
