using System.Globalization;

namespace AiVideo.Benchmarks.Projects;

/// <summary>
/// The process manager's throughput: many projects generate at once while generation's stand-in answers every request
/// at once; counts the results projects-api handled (storyboards, images, clips, final videos) per second until every
/// project completed, and how long each project took from its start to its completion.
/// </summary>
public sealed class PipelineBenchmark(Api api, GenerationStandIn generation)
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
        var started = DateTimeOffset.UtcNow;
        var starts = await Task.WhenAll(ids.Select(async id =>
        {
            await api.SendAsync(HttpMethod.Post, $"/api/projects/{id}/generate", token);
            return DateTimeOffset.UtcNow;
        }));
        var completions = await Task.WhenAll(ids.Select(generation.CompletedAsync)).WaitAsync(TimeSpan.FromMinutes(10));
        var seconds = (completions.Max() - started).TotalSeconds;
        var results = generation.Answered - answeredBefore;
        var perProject = new Latencies();
        perProject.AddRange(completions.Zip(starts, (done, start) => (done - start).TotalMilliseconds));
        return string.Create(CultureInfo.InvariantCulture,
            $"| {projects} × {scenes} scenes | {results} | {seconds:0.0} | {results / seconds:0} | {perProject.Cells()} |");
    }
}
