using AiVideo.BuildingBlocks.Messaging;
using AiVideo.BuildingBlocks.Outbox;
using AiVideo.BuildingBlocks.Persistence;
using AiVideo.BuildingBlocks.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// write <text>: commits a note and its NoteWritten event, prints "committed <outbox id>", then waits to be killed
//               (no dispatcher runs, so the process dies between commit and publish).
// dispatch:     runs the outbox dispatcher until stopped.
var mode = args.FirstOrDefault() ?? throw new ArgumentException("usage: write <text> | dispatch");
var builder = Host.CreateApplicationBuilder();
builder.AddServiceDatabase<NotesContext>(NotesContext.ConnectionName, typeof(NotesContext).Assembly, NotesContext.MigrationsSource);
if (mode == "dispatch")
{
    builder.AddOutbox<NotesContext>(outbox => outbox.MessageAssemblies.Add(typeof(NoteWritten).Assembly));
    builder.AddEventBus("notes", typeof(NoteWritten).Assembly);
}

using var host = builder.Build();
await host.StartAsync();

if (mode == "write")
{
    await using var scope = host.Services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<NotesContext>();
    var note = new Note { Text = args[1] };
    db.Notes.Add(note);
    db.AddIntegrationEvent(new NoteWritten(note.Id, note.Text), DateTimeOffset.UtcNow);
    await db.SaveChangesAsync();
    var outboxId = db.ChangeTracker.Entries<OutboxMessage>().Single().Entity.Id;
    Console.WriteLine($"committed {outboxId}");
    await Task.Delay(Timeout.Infinite);
}

await host.WaitForShutdownAsync();
