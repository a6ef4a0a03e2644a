// Measures projects-api from the outside (run by bench/projects.sh): the process manager's throughput, live-event
// delivery to 200 subscribers, and list latency in a company of 1,000 and of 1,000,000 projects. Prints Markdown, each
// table as soon as it is measured.
// Usage: Projects.Benchmarks <identity-url> <projects-url> <projectsdb> <eventbus> [small=1000] [large=1000000]
//        [subscribers=200] [rounds=50] [projects=40] [scenes=6]; PROJECTS_API_PID: projects-api's process (its CPU time).
using System.Globalization;
using AiVideo.Benchmarks.Projects;

var api = new Api(new Uri(args[0]), new Uri(args[1]));
var database = args[2];
var eventBus = args[3];
int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
var (small, large, subscribers, rounds, projects, scenes) = (Arg(4, 1_000), Arg(5, 1_000_000), Arg(6, 200), Arg(7, 50), Arg(8, 40), Arg(9, 6));
var projectsApi = int.Parse(Environment.GetEnvironmentVariable("PROJECTS_API_PID") ?? "0", CultureInfo.InvariantCulture);

await using var generation = await GenerationStandIn.StartAsync(eventBus);

// Warm-up (JIT, connection pools, the broker's first routes), not reported.
await new PipelineBenchmark(api, generation, projectsApi).RunAsync(2, 2);

Table("Process manager, every result answered at once (project start to completion, ms):",
    "| projects | results handled | seconds | results/s | projects-api CPU ms per result | p50 | p95 | p99 | max |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    [await new PipelineBenchmark(api, generation, projectsApi).RunAsync(projects, scenes)]);
Table("Live events, one project followed over SSE, a progress change per round (ms):",
    "| subscribers | rounds | deliveries | missed | latency | p50 | p95 | p99 | max |", "| ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |",
    await new LiveEventsBenchmark(api, generation).RunAsync(subscribers, rounds));
var list = new ListBenchmark(api, database);
Table("Project list, GET /api/projects over HTTP (ms):",
    "| projects in the company | page | requests | p50 | p95 | p99 | max | query buffers | query ms |",
    "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    [.. await list.RunAsync(small, 200), .. await list.RunAsync(large, 200)]);

static void Table(string title, string header, string rule, IReadOnlyList<string> rows)
{
    Console.WriteLine(title);
    Console.WriteLine();
    Console.WriteLine(header);
    Console.WriteLine(rule);
    foreach (var row in rows)
    {
        Console.WriteLine(row);
    }
    Console.WriteLine();
}
