namespace AiVideo.EndToEnd.Tests.Support;

/// <summary>One attempt of a subscriber to open the stream: the <c>Last-Event-ID</c> it sent, the answer (with the body of a refusal, or the error), and how many events it then read.</summary>
public sealed record StreamConnection(long? LastEventIdSent, int? Status, string? Error)
{
    public int EventsRead { get; set; }
}
