// The whole system measured through the gateway in one run (started by bench/pipeline.sh, which documents the knobs):
// a project from prompt to final MP4 against the same ffmpeg and espeak-ng work run directly, in sequence and with the
// pipeline's parallelism; the time to the first SSE event after generate; a 2-minute video against its own length; many
// pipelines started at once by several companies; every process's peak memory and CPU time, sampled from /proc.
// Prints Markdown tables and writes everything to the results file (JSON) and beside it as Markdown.
// Usage: Pipeline.Benchmarks <gateway url> <marker NAME=value> <data directory> <generation-raw.sh> <work folder> <results.json>
using AiVideo.Benchmarks.Pipeline;

var gateway = new Uri(args[0]);
var (marker, dataDirectory, rawScript, work, resultsPath) = (args[1], args[2], args[3], args[4], args[5]);
var settings = BenchSettings.FromEnvironment();
Directory.CreateDirectory(work);
var api = new GatewayApi(gateway);
var database = GenerationDatabase.FromEnvironment();
var problems = new List<string>();
var run = new RunInfo(DateTimeOffset.UtcNow, Environment.GetEnvironmentVariable("BENCH_COMMIT") ?? "unknown", Environment.ProcessorCount, RunInfo.Load(), null, null);
const string Idle = "idle (between phases)";
const string MainPhase = "prompt → MP4";
const string RawPhase = Report.RawPhase;
const string LongPhase = "2-minute video";
const string ConcurrentPhase = "concurrent pipelines";

var sampler = SystemSampler.Start(marker, dataDirectory, settings.SampleInterval, settings.ClockTicksPerSecond, settings.PssEvery, Idle);
await Task.Delay(TimeSpan.FromSeconds(5));

PipelineMeasure? warmup = null, main = null, longVideo = null;
var raw = new List<RawWork>();
ConcurrentMeasure? concurrent = null;
try
{
    if (settings.Warmup)
    {
        Log("Warm-up: one 1-scene 5 s pipeline (the services' first requests, JIT)");
        warmup = await SingleAsync("warm-up", "warm-up", new ProjectSpec("warm-up", 1, 5));
    }

    Log($"Prompt → MP4: {settings.Main}");
    var mainRun = new PipelineRun(api, await api.RegisterAsync("Bench main"), settings.Main, "main");
    await using (mainRun)
    {
        main = await MeasureAsync(MainPhase, mainRun);
        if (settings.Raw && main.Result.Completed)
        {
            var storyboard = Path.Combine(work, "storyboard.tsv");
            RawWork.WriteStoryboard(storyboard, await mainRun.ScenesAsync(work));
            sampler.BeginPhase(RawPhase);
            Log("Raw work in sequence");
            raw.Add(await RawWork.RunAsync(rawScript, storyboard, "in sequence", 1, 1));
            Log($"Raw work with the pipeline's parallelism ({settings.RawParallel} jobs at a time, narration {settings.RawNarrationParallel} at a time)");
            raw.Add(await RawWork.RunAsync(rawScript, storyboard, "with the pipeline's parallelism", settings.RawParallel, settings.RawNarrationParallel));
            sampler.BeginPhase(Idle);
        }
    }

    if (settings.Long is { } spec)
    {
        Log($"A long video: {spec}");
        longVideo = await SingleAsync(LongPhase, "long", spec);
    }

    if (settings.Concurrent > 0)
    {
        Log($"{settings.Concurrent} pipelines started at once by {settings.Companies} companies: {settings.ConcurrentProject}");
        concurrent = await ConcurrentAsync();
    }
    await Task.Delay(TimeSpan.FromSeconds(3));
}
catch (Exception exception)
{
    problems.Add($"The run stopped: {exception.Message}");
    Console.Error.WriteLine(exception);
}

await sampler.DisposeAsync();
run = run with { LoadAtEnd = RunInfo.Load(), Seconds = Clock.Now };
foreach (var measure in new[] { warmup, main, longVideo }.OfType<PipelineMeasure>())
{
    if (!measure.Result.Completed)
    {
        problems.Add($"{measure.Result.Name}: the pipeline {measure.Result.Outcome}");
    }
    problems.AddRange(measure.Video?.Problems.Select(p => $"{measure.Result.Name}: the final video {p}") ?? []);
}
if (concurrent is not null)
{
    problems.AddRange(concurrent.Entries.Where(e => !e.Result.Completed).Select(e => $"{e.Name}: the pipeline {e.Result.Outcome}"));
    problems.AddRange(concurrent.Entries.SelectMany(e => e.Video?.Problems.Select(p => $"{e.Name}: the final video {p}") ?? []));
}

var phases = sampler.Phases;
var roles = phases.Append(SystemSampler.WholeRun).SelectMany(p => sampler.Peaks(p).Keys).Distinct().Order(StringComparer.Ordinal).ToList();
var figures = roles.Select(role =>
{
    var whole = sampler.Peaks(SystemSampler.WholeRun).GetValueOrDefault(role) ?? new RolePeak();
    return new RoleFigures(role, whole.MaxProcesses,
        phases.Append(SystemSampler.WholeRun).ToDictionary(p => p, p => sampler.Peaks(p).GetValueOrDefault(role)?.PeakRssKb ?? 0),
        whole.PeakSingleHwmKb,
        whole.PeakPssKb,
        phases.ToDictionary(p => p, p => Math.Round(sampler.Cpu(p).GetValueOrDefault(role), 2)));
}).ToList();
var results = new BenchResults(run, settings, warmup, main, raw, longVideo, concurrent, phases,
    phases.ToDictionary(p => p, p => Math.Round(sampler.PhaseSeconds(p), 1)),
    phases.Append(SystemSampler.WholeRun).ToDictionary(p => p, sampler.TotalPeakKb), sampler.TotalPeakPssKb(SystemSampler.WholeRun), figures, sampler.Samples, problems);

Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(resultsPath))!);
await File.WriteAllTextAsync(resultsPath, JsonSerializer.Serialize(results, new JsonSerializerOptions(JsonSerializerOptions.Web)
{
    WriteIndented = true,
    Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
}));
var markdown = Report.Markdown(results);
Console.WriteLine(markdown);
await File.WriteAllTextAsync(Path.ChangeExtension(resultsPath, ".md"), markdown);
Log($"Results: {resultsPath} and {Path.ChangeExtension(resultsPath, ".md")}");
return problems.Count == 0 ? 0 : 1;

// One pipeline on its own, in its own company: registered before the phase begins, measured from the create request to the downloaded MP4.
async Task<PipelineMeasure> SingleAsync(string phase, string name, ProjectSpec spec)
{
    await using var pipeline = new PipelineRun(api, await api.RegisterAsync($"Bench {name}"), spec, name);
    return await MeasureAsync(phase, pipeline);
}

async Task<PipelineMeasure> MeasureAsync(string phase, PipelineRun pipeline)
{
    sampler.BeginPhase(phase);
    await pipeline.CreateAsync();
    await pipeline.StartAsync();
    var result = await pipeline.WaitAsync(settings.PhaseTimeout);
    var video = result.Completed ? await pipeline.DownloadAsync(work) : null;
    sampler.BeginPhase(Idle);
    var measure = new PipelineMeasure(result, video, sampler.Cpu(phase), JobBreakdown.Of(result, await pipeline.JobsAsync(database)));
    Log($"{pipeline.Name}: {result.Outcome}; {Report.Seconds(measure.WallSeconds)} s from the create request to the downloaded MP4 ({video?.ToString() ?? "no video"})");
    return measure;
}

async Task<ConcurrentMeasure> ConcurrentAsync()
{
    var accounts = await Task.WhenAll(Enumerable.Range(1, settings.Companies).Select(i => api.RegisterAsync($"Bench company {i}")));
    sampler.BeginPhase(ConcurrentPhase);
    var pipelines = Enumerable.Range(0, settings.Concurrent)
        .Select(i => (Company: i % settings.Companies + 1, Run: new PipelineRun(api, accounts[i % settings.Companies], settings.ConcurrentProject, $"concurrent-{i + 1:00}")))
        .ToList();
    try
    {
        await Task.WhenAll(pipelines.Select(p => p.Run.CreateAsync()));
        var started = Clock.Now;
        await Task.WhenAll(pipelines.Select(p => p.Run.StartAsync()));
        var outcomes = await Task.WhenAll(pipelines.Select(p => p.Run.WaitAsync(settings.PhaseTimeout)));
        var last = outcomes.All(o => o.Completed) ? outcomes.Max(o => o.CompletedAt!.Value) : (double?)null;
        sampler.BeginPhase(Idle);
        var cpu = sampler.Cpu(ConcurrentPhase);
        var entries = new List<ConcurrentEntry>();
        foreach (var ((company, pipeline), result) in pipelines.Zip(outcomes))
        {
            var video = result.Completed ? await pipeline.DownloadAsync(work) : null;
            entries.Add(new ConcurrentEntry(pipeline.Name, company, result, result.CompletedAt - started, video));
        }
        Log($"{entries.Count(e => e.Result.Completed)} of {entries.Count} completed; the last {Report.Seconds(last - started)} s after the start");
        return new ConcurrentMeasure(settings.Concurrent, settings.Companies, settings.ConcurrentProject, entries, last - started, cpu);
    }
    finally
    {
        foreach (var (_, pipeline) in pipelines)
        {
            await pipeline.DisposeAsync();
        }
    }
}

static void Log(string message) => Console.Error.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {message}");
