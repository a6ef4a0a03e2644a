using System.Collections.Concurrent;
using MassTransit;

namespace AiVideo.BuildingBlocks.FunctionalTests;

/// <summary>
/// A consumer with a visible effect: each NoteWritten adds one to its note's copies. A note whose text starts with
/// "fail-once" makes the first attempt write its change and then throw, as a crash mid-handler would.
/// </summary>
public sealed class NoteCopier(NotesContext db) : IConsumer<NoteWritten>
{
    public static readonly ConcurrentDictionary<Guid, int> Attempts = new();

    public async Task Consume(ConsumeContext<NoteWritten> context)
    {
        var attempt = Attempts.AddOrUpdate(context.Message.NoteId, 1, (_, n) => n + 1);
        // An atomic increment: different messages for one note may be handled at the same time.
        await db.Notes.Where(n => n.Id == context.Message.NoteId)
            .ExecuteUpdateAsync(n => n.SetProperty(x => x.Copies, x => x.Copies + 1), context.CancellationToken);
        if (context.Message.Text.StartsWith("fail-once", StringComparison.Ordinal) && attempt == 1)
        {
            throw new InvalidOperationException("The handler failed after saving its change.");
        }
    }
}
