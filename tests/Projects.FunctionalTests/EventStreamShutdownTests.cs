namespace AiVideo.Projects.FunctionalTests;

/// <summary>
/// A replica that stops (a restart, a rolling deploy) ends its event streams at once and cleanly, so followers reconnect
/// with Last-Event-ID elsewhere, instead of holding the shutdown open until the host gives up and cuts them off.
/// </summary>
public sealed class EventStreamShutdownTests
{
    [Fact]
    public async Task A_stopping_replica_ends_its_event_streams_cleanly_instead_of_waiting_for_its_followers_to_leave()
    {
        var servers = await TestServers.GetAsync();
        var settings = await ProjectsHost.SettingsAsync(await servers.CreateDatabaseAsync("shutdown"), await servers.CreateVirtualHostAsync("shutdown"), null);
        // A shutdown that waits this long for open requests would outlast the test: only streams that end by themselves let it finish.
        var replica = await ProjectsHost.StartAsync(settings, services =>
        {
            ProjectsHost.HttpOnly(services);
            services.Configure<Microsoft.Extensions.Hosting.HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromMinutes(30));
        });
        var admin = await Accounts.AdminAsync();
        var client = ReplicasFixture.ClientOf(replica);
        var projectId = (await client.CreateProjectAsync(admin)).GetProperty("id").GetGuid();
        await using var events = await SseClient.ConnectAsync(client.Http, projectId, admin.Token);
        await events.WaitForAsync(e => e.Count >= 1, "the stored history is sent first");

        var stopping = replica.DisposeAsync().AsTask();

        await events.WaitClosedAsync(TimeSpan.FromMinutes(1));
        await stopping.WaitAsync(TimeSpan.FromMinutes(1));
        events.Events.Should().OnlyContain(e => e.Data.GetProperty("status").GetString() != "completed",
            "the stream ended because the replica stopped, not because the project finished");
    }
}
