using System.Diagnostics;
using AiVideo.Contracts;

namespace AiVideo.Benchmarks.Projects;

/// <summary>
/// Live progress to many subscribers: a project asks for a storyboard; the subscribers follow its events; then, round by
/// round, the benchmark publishes generation's progress of the storyboard (a higher percent each time) on the bus and
/// times each subscriber's arrival of the change: from the publish (bus, consumer, commit, Redis, SSE) and from the moment
/// projects-api recorded the change (its commit, Redis, SSE). The first rounds warm up and are not counted.
/// </summary>
public sealed class LiveEventsBenchmark(Api api, GenerationStandIn generation)
{
    private const string ProjectProgress = "project_progress";

    public async Task<IReadOnlyList<string>> RunAsync(int subscribers, int rounds)
    {
        var (token, _, companyId) = await api.AdminAsync();
        var projectId = (await api.SendAsync(HttpMethod.Post, "/api/projects", token, new { title = "Followed", prompt = "Live progress", sceneCount = 3 }))
            .GetProperty("id").GetGuid();
        generation.Hold(projectId);
        var requestId = (await api.SendAsync(HttpMethod.Post, $"/api/projects/{projectId}/storyboard", token)).GetProperty("requestId").GetGuid();

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = subscribers + 10 }) { Timeout = Timeout.InfiniteTimeSpan };
        var clients = new List<Subscriber>();
        try
        {
            for (var i = 0; i < subscribers; i++)
            {
                clients.Add(await Subscriber.ConnectAsync(http, api.Projects, projectId, token));
            }
            var fromPublish = new Latencies();
            var fromChange = new Latencies();
            var missed = 0;
            const int WarmUp = 3;
            for (var round = 1; round <= rounds + WarmUp; round++)
            {
                var percent = round * 99 / (rounds + WarmUp);
                var published = Stopwatch.GetTimestamp();
                await generation.PublishAsync(new GenerationProgress(requestId, companyId, projectId, null, GenerationStages.Storyboard, percent, null));
                var deadline = DateTime.UtcNow.AddSeconds(10);
                List<Subscriber.Arrival?> arrivals;
                while (true)
                {
                    arrivals = clients.Select(c => c.First(a => a.Type == ProjectProgress && a.Percent == percent)).ToList();
                    if (arrivals.All(a => a is not null) || DateTime.UtcNow > deadline)
                    {
                        break;
                    }
                    await Task.Delay(5);
                }
                if (round <= WarmUp)
                {
                    continue;
                }
                missed += arrivals.Count(a => a is null);
                foreach (var arrival in arrivals.OfType<Subscriber.Arrival>())
                {
                    fromPublish.Add(Stopwatch.GetElapsedTime(published, arrival.ReceivedTicks).TotalMilliseconds);
                    fromChange.Add((arrival.ReceivedAt - arrival.OccurredAt).TotalMilliseconds);
                }
            }
            return
            [
                $"| {subscribers} | {rounds} | {fromPublish.Count} | {missed} | from the result's publish | {fromPublish.Cells()} |",
                $"| {subscribers} | {rounds} | {fromChange.Count} | {missed} | from the recorded change | {fromChange.Cells()} |",
            ];
        }
        finally
        {
            foreach (var client in clients)
            {
                await client.DisposeAsync();
            }
        }
    }
}
