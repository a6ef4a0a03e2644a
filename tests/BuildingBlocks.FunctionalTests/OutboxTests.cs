using AiVideo.BuildingBlocks.Messaging;
using AiVideo.BuildingBlocks.Outbox;

namespace AiVideo.BuildingBlocks.FunctionalTests;

public sealed class OutboxTests
{
    [Fact]
    public async Task A_process_killed_between_commit_and_publish_publishes_the_event_exactly_once_after_restart()
    {
        var servers = await TestServers.GetAsync();
        var database = await servers.CreateDatabaseAsync("outbox_crash");
        var eventBus = await servers.CreateVirtualHostAsync("outbox-crash");
        await using var probe = await RabbitMqProbe.BindAsync<NoteWritten>(eventBus);
        var testHost = BuiltProjects.PathOf("tests/BuildingBlocks.TestHost", "BuildingBlocks.TestHost");
        var environment = new Dictionary<string, string?>
        {
            ["ConnectionStrings__notes"] = database,
            ["ConnectionStrings__eventbus"] = eventBus,
            ["DOTNET_ENVIRONMENT"] = "Testing",
        };

        var committed = new TaskCompletionSource<Guid>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (var writer = ChildProcess.Start("dotnet", [testHost, "write", "before the crash"], environment, line =>
        {
            if (line.StartsWith("committed ", StringComparison.Ordinal))
            {
                committed.TrySetResult(Guid.Parse(line["committed ".Length..]));
            }
        }))
        {
            await committed.Task.WaitAsync(TimeSpan.FromSeconds(60));
            Posix.Signal(writer.Id, Posix.SigKill);
            await writer.WaitForExitAsync();
        }
        var eventId = await committed.Task;
        (await PublishedAtAsync(database, eventId)).Should().BeNull("the process died before anything published the event");
        (await probe.CountAsync()).Should().Be(0u);

        await using (var restarted = ChildProcess.Start("dotnet", [testHost, "dispatch"], environment))
        {
            await Eventually.True(async () => await PublishedAtAsync(database, eventId) is not null, "the restarted process published the event", TimeSpan.FromSeconds(60));

            // A later event goes out after the first one; had the first been published again, it would sit between them.
            var marker = await WriteNoteAsync(database, "after the restart");
            await Eventually.True(async () => await PublishedAtAsync(database, marker) is not null, "the marker event was published");
        }

        var published = await probe.DrainMessageIdsAsync();
        published.Should().HaveCount(2);
        published[0].Should().Be(eventId.ToString(), "the event committed before the crash was published once, with its outbox id as message id");
    }

    [Fact]
    public async Task A_commit_wakes_the_dispatcher_at_once_instead_of_waiting_for_the_next_poll()
    {
        var servers = await TestServers.GetAsync();
        var database = await servers.CreateDatabaseAsync("outbox_signal");
        var eventBus = await servers.CreateVirtualHostAsync("outbox-signal");
        await using var probe = await RabbitMqProbe.BindAsync<NoteWritten>(eventBus);
        var builder = NotesHost.CreateBuilder(database, eventBus, new Dictionary<string, string?> { ["Outbox:PollingInterval"] = "00:10:00" });
        builder.AddOutbox<NotesContext>(outbox => outbox.MessageAssemblies.Add(typeof(NoteWritten).Assembly));
        builder.AddEventBus("signal", typeof(NotesContext).Assembly);
        using var host = builder.Build();
        await host.StartAsync();

        await host.WithContextAsync(db => WriteNoteAsync(db, "first"));
        await Eventually.True(async () => await probe.CountAsync() == 1, "the first event was published");
        await host.WithContextAsync(db => WriteNoteAsync(db, "second"));

        await Eventually.True(async () => await probe.CountAsync() == 2, "the second event was published right after its commit",
            TimeSpan.FromSeconds(10));
        await host.StopAsync();
    }

    [Fact]
    public async Task Several_dispatchers_on_one_database_publish_every_event_exactly_once()
    {
        var servers = await TestServers.GetAsync();
        var database = await servers.CreateDatabaseAsync("outbox_replicas");
        var eventBus = await servers.CreateVirtualHostAsync("outbox-replicas");
        await using var probe = await RabbitMqProbe.BindAsync<NoteWritten>(eventBus);
        var hosts = Enumerable.Range(0, 3).Select(i =>
        {
            var builder = NotesHost.CreateBuilder(database, eventBus, new Dictionary<string, string?> { ["Outbox:BatchSize"] = "20" });
            builder.AddOutbox<NotesContext>(outbox => outbox.MessageAssemblies.Add(typeof(NoteWritten).Assembly));
            builder.AddEventBus($"replica{i}", typeof(NotesContext).Assembly);
            return builder.Build();
        }).ToList();
        await hosts[0].StartAsync();
        var written = await hosts[0].WithContextAsync(async db =>
        {
            var ids = new List<Guid>();
            for (var i = 0; i < 300; i++)
            {
                var note = new Note { Text = $"note {i}" };
                db.Notes.Add(note);
                db.AddIntegrationEvent(new NoteWritten(note.Id, note.Text), DateTimeOffset.UtcNow);
            }
            await db.SaveChangesAsync();
            return db.ChangeTracker.Entries<OutboxMessage>().Select(e => e.Entity.Id).ToList();
        });
        await Task.WhenAll(hosts.Skip(1).Select(h => h.StartAsync()));

        await Eventually.True(async () => await probe.CountAsync() >= 300, "all 300 events reached the broker", TimeSpan.FromSeconds(60));
        await Eventually.True(async () => await UnpublishedCountAsync(database) == 0, "every outbox row is marked published");
        foreach (var host in hosts)
        {
            await host.StopAsync();
            host.Dispose();
        }

        var published = await probe.DrainMessageIdsAsync();
        published.Should().HaveCount(300).And.OnlyHaveUniqueItems();
        published.Should().BeEquivalentTo(written.Select(id => id.ToString()));
    }

    [Fact]
    public async Task An_event_that_cannot_be_read_is_retried_later_without_holding_up_the_others()
    {
        var servers = await TestServers.GetAsync();
        var database = await servers.CreateDatabaseAsync("outbox_poison");
        var eventBus = await servers.CreateVirtualHostAsync("outbox-poison");
        await using var probe = await RabbitMqProbe.BindAsync<NoteWritten>(eventBus);
        var builder = NotesHost.CreateBuilder(database, eventBus);
        builder.AddOutbox<NotesContext>(outbox => outbox.MessageAssemblies.Add(typeof(NoteWritten).Assembly));
        builder.AddEventBus("poison", typeof(NotesContext).Assembly);
        using var host = builder.Build();
        await host.StartAsync();
        var poison = Guid.CreateVersion7();
        await ExecuteAsync(database, $$"""
            INSERT INTO outbox_messages (id, message_type, payload, occurred_at, attempts, next_attempt_at)
            VALUES ('{{poison}}', 'Nobody.Knows:This', '{}', now(), 0, now())
            """);
        var good = await WriteNoteAsync(database, "good");

        await Eventually.True(async () => await PublishedAtAsync(database, good) is not null, "the readable event was published");
        await using var db = NotesHost.OpenContext(database);
        var row = await db.Set<OutboxMessage>().SingleAsync(m => m.Id == poison);
        row.PublishedAt.Should().BeNull();
        row.Attempts.Should().BeGreaterThanOrEqualTo(1);
        row.LastError.Should().Contain("not a known integration event type");
        row.NextAttemptAt.Should().BeAfter(row.OccurredAt, "it waits with backoff before the next try");
        (await probe.CountAsync()).Should().Be(1u);
        await host.StopAsync();
    }

    [Fact]
    public async Task An_event_that_keeps_failing_is_dead_lettered_after_the_attempt_limit_and_no_longer_tried()
    {
        var servers = await TestServers.GetAsync();
        var database = await servers.CreateDatabaseAsync("outbox_dead_letter");
        var eventBus = await servers.CreateVirtualHostAsync("outbox-dead-letter");
        await using var probe = await RabbitMqProbe.BindAsync<NoteWritten>(eventBus);
        var builder = NotesHost.CreateBuilder(database, eventBus, new Dictionary<string, string?>
        {
            ["Outbox:MaxAttempts"] = "3",
            ["Outbox:PollingInterval"] = "00:00:00.100",
            ["Outbox:MaxRetryDelay"] = "00:00:00.010",
        });
        builder.AddOutbox<NotesContext>(outbox => outbox.MessageAssemblies.Add(typeof(NoteWritten).Assembly));
        builder.AddEventBus("dead-letter", typeof(NotesContext).Assembly);
        using var host = builder.Build();
        await host.StartAsync();
        var poison = Guid.CreateVersion7();
        await ExecuteAsync(database, $$"""
            INSERT INTO outbox_messages (id, message_type, payload, occurred_at, attempts, next_attempt_at)
            VALUES ('{{poison}}', 'Nobody.Knows:This', '{}', now(), 0, now())
            """);

        await Eventually.True(async () => await ScalarAsync<long>(database, "SELECT count(*) FROM outbox_dead_letters") == 1,
            "the unreadable event was dead-lettered", TimeSpan.FromSeconds(30));
        var good = await WriteNoteAsync(database, "good");
        await Eventually.True(async () => await PublishedAtAsync(database, good) is not null, "the readable event was published");

        await using var db = NotesHost.OpenContext(database);
        var row = await db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == poison);
        row.DeadLetteredAt.Should().NotBeNull();
        row.Attempts.Should().Be(3, "it was tried exactly the configured number of times");
        row.LastError.Should().Contain("not a known integration event type");
        // Another full round of polls later, the dead message has still not been tried again.
        await WriteNoteAsync(database, "later");
        await Eventually.True(async () => await UnpublishedCountAsync(database) == 1, "only the dead message is left unpublished");
        (await db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == poison)).Attempts.Should().Be(3);
        (await probe.CountAsync()).Should().Be(2u);
        await host.StopAsync();
    }

    private static async Task<T> ScalarAsync<T>(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<Guid> WriteNoteAsync(string database, string text)
    {
        await using var db = NotesHost.OpenContext(database);
        return await WriteNoteAsync(db, text);
    }

    private static async Task<Guid> WriteNoteAsync(NotesContext db, string text)
    {
        var note = new Note { Text = text };
        db.Notes.Add(note);
        db.AddIntegrationEvent(new NoteWritten(note.Id, text), DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
        return db.ChangeTracker.Entries<OutboxMessage>().Single(e => e.Entity.Payload.Contains(note.Id.ToString())).Entity.Id;
    }

    private static async Task<DateTimeOffset?> PublishedAtAsync(string database, Guid id)
    {
        await using var db = NotesHost.OpenContext(database);
        return await db.Set<OutboxMessage>().Where(m => m.Id == id).Select(m => m.PublishedAt).SingleAsync();
    }

    private static async Task<int> UnpublishedCountAsync(string database)
    {
        await using var db = NotesHost.OpenContext(database);
        return await db.Set<OutboxMessage>().CountAsync(m => m.PublishedAt == null);
    }

    private static async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
