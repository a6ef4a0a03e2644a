namespace AiVideo.Projects.FunctionalTests.Support;

/// <summary>
/// When nothing more will happen to a project: the harness's messages about it are all in projects-api's inbox (handled,
/// or skipped as a redelivery), and the outbox rows about it are all published and received by the harness. A condition
/// on the database and the bus, not a pause.
/// </summary>
public static class Settling
{
    public static async Task WaitAsync(Func<ProjectsContext> open, GenerationHarness harness, Guid projectId)
    {
        var published = harness.PublishedFor(projectId);
        await Eventually.True(async () =>
        {
            await using var db = open();
            var handled = await db.Database.SqlQuery<Guid>($"SELECT DISTINCT message_id AS \"Value\" FROM inbox_messages WHERE message_id = ANY({published.ToArray()})")
                .ToListAsync();
            return handled.Count == published.Count;
        }, $"projects-api handled the {published.Count} messages about project {projectId}");
        await Eventually.True(async () =>
        {
            await using var db = open();
            var pattern = $"%{projectId}%";
            var rows = await db.Database.SqlQuery<OutboxRow>(
                    $"SELECT id AS \"Id\", published_at IS NOT NULL AS \"Published\" FROM outbox_messages WHERE payload::text LIKE {pattern}")
                .ToListAsync();
            var received = harness.ReceivedIds;
            return rows.All(r => r.Published && received.Contains(r.Id));
        }, $"everything projects-api published about project {projectId} reached the harness");
    }

    private sealed record OutboxRow(Guid Id, bool Published);
}
