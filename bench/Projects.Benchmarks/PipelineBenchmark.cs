using System.Globalization;

namespace AiVideo.Benchmarks.Projects;

/// <summary>
/// The process manager's throughput: many projects generate at once while generation's stand-in answers every request
/// at once; counts the results projects-api handled (storyboards, images, clips, final videos) per second until every
/// project completed, the CPU time projects-api spent per result (which, unlike the rate, does not depend on what else
/// the machine runs), and how long each project took from its start to its completion.
/// </summary>
public sealed class PipelineBenchmark(Api api, GenerationStandIn generation, int projectsApi)
{
    public async Task<string> RunAsync(int projects, int scenes)
    {
        var (token, _, _) = await api.AdminAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < projects; i++)
        {
            ids.Add((await api.SendAsync(HttpMethod.Post, "/api/projects", token, new { title = $"Run {i}", prompt = "Throughput", sceneCount = scenes }))
                .GetProperty("id").GetGuid());
        }
        var answeredBefore = generation.Answered;
        var cpuBefore = CpuMilliseconds();
        var started = DateTimeOffset.UtcNow;
        var starts = await Task.WhenAll(ids.Select(async id =>
        {
            await api.SendAsync(HttpMethod.Post, $"/api/projects/{id}/generate", token);
            return DateTimeOffset.UtcNow;
        }));
        var completions = await Task.WhenAll(ids.Select(generation.CompletedAsync)).WaitAsync(TimeSpan.FromMinutes(10));
        var seconds = (completions.Max() - started).TotalSeconds;
        var results = generation.Answered - answeredBefore;
        var cpu = CpuMilliseconds() - cpuBefore;
        var perProject = new Latencies();
        perProject.AddRange(completions.Zip(starts, (done, start) => (done - start).TotalMilliseconds));
        return string.Create(CultureInfo.InvariantCulture,
            $"| {projects} × {scenes} scenes | {results} | {seconds:0.0} | {results / seconds:0} | {(projectsApi == 0 ? "–" : (cpu / results).ToString("0.0", CultureInfo.InvariantCulture))} | {perProject.Cells()} |");
    }

    /// <summary>projects-api's user and system CPU time so far (/proc/PID/stat, in clock ticks of 10 ms); 0 without its process id.</summary>
    private double CpuMilliseconds()
    {
        if (projectsApi == 0)
        {
            return 0;
        }
        var stat = File.ReadAllText($"/proc/{projectsApi}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * 10.0;
    }
}
