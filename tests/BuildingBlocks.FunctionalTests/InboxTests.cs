using AiVideo.BuildingBlocks.Inbox;
using AiVideo.BuildingBlocks.Messaging;
using MassTransit;

namespace AiVideo.BuildingBlocks.FunctionalTests;

public sealed class InboxTests : IAsyncLifetime
{
    private readonly DeliveryCounter _deliveries = new();
    private string _database = "";
    private IHost _host = null!;

    public async Task InitializeAsync()
    {
        var servers = await TestServers.GetAsync();
        _database = await servers.CreateDatabaseAsync("inbox");
        var builder = NotesHost.CreateBuilder(_database, await servers.CreateVirtualHostAsync("inbox"));
        builder.AddInbox<NotesContext>();
        builder.AddEventBus("inbox", typeof(NoteCopier).Assembly);
        builder.Services.AddSingleton<IConsumeObserver>(_deliveries);
        _host = builder.Build();
        await _host.StartAsync();
        await Eventually.True(async () => (await _host.Services.GetRequiredService<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckService>()
            .CheckHealthAsync()).Status == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy, "the bus is connected");
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    [Fact]
    public async Task A_redelivered_message_changes_nothing_the_second_time()
    {
        var note = await CreateNoteAsync("hello");
        var messageId = NewId.NextGuid();

        await PublishAsync(new NoteWritten(note, "hello"), messageId);
        await PublishAsync(new NoteWritten(note, "hello"), messageId);

        await Eventually.True(() => _deliveries.Of(messageId) == 2, "both deliveries were consumed");
        (await CopiesAsync(note)).Should().Be(1);
        (await InboxRowsAsync(messageId)).Should().Be(1);
    }

    [Fact]
    public async Task Concurrent_deliveries_of_the_same_message_apply_it_once()
    {
        var note = await CreateNoteAsync("crowd");
        var messageId = NewId.NextGuid();

        await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => PublishAsync(new NoteWritten(note, "crowd"), messageId)));

        await Eventually.True(() => _deliveries.Of(messageId) == 12, "all twelve deliveries were consumed");
        (await CopiesAsync(note)).Should().Be(1);
    }

    [Fact]
    public async Task A_handler_that_fails_after_saving_leaves_nothing_and_its_retry_applies_the_change_once()
    {
        var note = await CreateNoteAsync("fail-once please");
        var messageId = NewId.NextGuid();

        await PublishAsync(new NoteWritten(note, "fail-once please"), messageId);

        await Eventually.True(() => _deliveries.Of(messageId) == 1, "the retried delivery succeeded");
        NoteCopier.Attempts[note].Should().Be(2, "the first attempt threw and was retried");
        (await CopiesAsync(note)).Should().Be(1, "the first attempt's saved change was rolled back with its inbox row");
        (await InboxRowsAsync(messageId)).Should().Be(1);
    }

    [Fact]
    public async Task Different_messages_are_each_applied()
    {
        var note = await CreateNoteAsync("twice");
        var first = NewId.NextGuid();
        var second = NewId.NextGuid();

        await PublishAsync(new NoteWritten(note, "twice"), first);
        await PublishAsync(new NoteWritten(note, "twice"), second);

        await Eventually.True(() => _deliveries.Of(first) == 1 && _deliveries.Of(second) == 1, "both messages were consumed");
        (await CopiesAsync(note)).Should().Be(2);
    }

    private Task PublishAsync(NoteWritten message, Guid messageId) =>
        _host.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = messageId);

    private async Task<Guid> CreateNoteAsync(string text)
    {
        await using var db = NotesHost.OpenContext(_database);
        var note = new Note { Text = text };
        db.Notes.Add(note);
        await db.SaveChangesAsync();
        return note.Id;
    }

    private async Task<int> CopiesAsync(Guid noteId)
    {
        await using var db = NotesHost.OpenContext(_database);
        return await db.Notes.Where(n => n.Id == noteId).Select(n => n.Copies).SingleAsync();
    }

    private async Task<int> InboxRowsAsync(Guid messageId)
    {
        await using var db = NotesHost.OpenContext(_database);
        return await db.Set<InboxMessage>().CountAsync(m => m.MessageId == messageId);
    }
}
