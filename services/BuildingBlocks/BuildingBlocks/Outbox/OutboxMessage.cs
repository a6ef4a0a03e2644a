using System.Diagnostics;
using System.Text.Json;

namespace AiVideo.BuildingBlocks.Outbox;

/// <summary>An integration event stored with the state change it announces, until the dispatcher has published it.</summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Insertion order, so events leave in the order they were written.</summary>
    public long Sequence { get; private set; }

    public string MessageType { get; private set; } = "";

    public string Payload { get; private set; } = "";

    public string? TraceParent { get; private set; }

    public string? TraceState { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>When the dispatcher gave up on the message after too many failed attempts; it is no longer claimed.</summary>
    public DateTimeOffset? DeadLetteredAt { get; private set; }

    public static OutboxMessage Create(object message, DateTimeOffset now)
    {
        var type = message.GetType();
        return new OutboxMessage
        {
            Id = Guid.CreateVersion7(now),
            MessageType = IntegrationEventTypes.NameOf(type),
            Payload = JsonSerializer.Serialize(message, type, OutboxJson.Options),
            TraceParent = Activity.Current?.Id,
            TraceState = Activity.Current?.TraceStateString,
            OccurredAt = now,
            NextAttemptAt = now,
        };
    }

    internal void MarkPublished(DateTimeOffset now)
    {
        Attempts++;
        PublishedAt = now;
        LastError = null;
    }

    internal void MarkFailed(string error, DateTimeOffset nextAttemptAt)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        NextAttemptAt = nextAttemptAt;
    }

    internal void MarkDead(string error, DateTimeOffset now)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        DeadLetteredAt = now;
    }
}
