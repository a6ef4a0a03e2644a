using Xunit.Abstractions;

namespace AiVideo.EndToEnd.Tests;

/// <summary>
/// Many customers at once on a small machine: five companies each start four pipelines at the same moment (twenty on two
/// cores). Every one completes with its own final video, and none starves: generation serves the companies in turn, so
/// each has a finished video among the first half to finish.
/// </summary>
[Collection(nameof(SystemCollection))]
public sealed class ConcurrencyTests(SystemFixture system, ITestOutputHelper log)
{
    private const int Companies = 5;
    private const int PipelinesPerCompany = 4;
    private const double Seconds = 5;
    private static readonly TimeSpan AllDone = TimeSpan.FromMinutes(12);

    private GatewayClient Api => system.Api;

    [Fact]
    public async Task Twenty_pipelines_started_at_once_by_five_companies_all_complete_and_none_starves()
    {
        var studio = new Studio(Api);
        var admins = await Task.WhenAll(Enumerable.Range(1, Companies).Select(i => Api.RegisterAsync($"Busy Co {i}")));
        var projects = (await Task.WhenAll(admins.Select(async admin =>
                await Task.WhenAll(Enumerable.Range(1, PipelinesPerCompany).Select(async i =>
                    (Admin: admin, ProjectId: await studio.CreateSmallProjectAsync(admin, prompt: $"Rush hour number {i} in a rainy city at night")))))))
            .SelectMany(p => p).ToList();
        var followers = await Task.WhenAll(projects.Select(p => ProjectEventsSubscriber.FollowAsync(Api, p.ProjectId, p.Admin.Session)));
        try
        {
            // One company after another, as fast as the requests go: a first-come queue would finish the last company's last.
            await Task.WhenAll(projects.Select(p => studio.StartAsync(p.Admin, $"/api/projects/{p.ProjectId}/generate")));

            await Task.WhenAll(followers.Select(f => f.WaitCompletedAsync(AllDone)));
        }
        finally
        {
            foreach (var follower in followers)
            {
                await follower.DisposeAsync();
            }
        }

        var finished = await Task.WhenAll(projects.Select(async p => (p.Admin, Project: await studio.ProjectAsync(p.Admin, p.ProjectId))));
        finished.Should().OnlyContain(f => f.Project.GetProperty("status").GetString() == "completed");
        finished.Select(f => f.Project.GetProperty("finalVideo").GetProperty("fileId").GetGuid()).Should().OnlyHaveUniqueItems("each pipeline made its own video");
        finished.Should().OnlyContain(f => Math.Abs(f.Project.GetProperty("finalVideo").GetProperty("durationSeconds").GetDouble() - Seconds) <= 0.2);
        var order = finished.OrderBy(f => f.Project.GetProperty("completedAt").GetDateTimeOffset()).Select(f => f.Admin.CompanyId).ToList();
        log.WriteLine("Completion order by company: " + string.Join(" ", order.Select(c => Array.FindIndex(admins, a => a.CompanyId == c) + 1)));
        order.Take(order.Count / 2).Distinct().Should().HaveCount(Companies, "every company had a video finished among the first half: none waited for the others");
    }
}
