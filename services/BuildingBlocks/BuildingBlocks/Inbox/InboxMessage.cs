namespace AiVideo.BuildingBlocks.Inbox;

/// <summary>A message a consumer endpoint has handled; its presence makes a redelivery a no-op.</summary>
public sealed class InboxMessage
{
    private InboxMessage()
    {
    }

    public Guid MessageId { get; private set; }

    public string Consumer { get; private set; } = "";

    public DateTimeOffset ProcessedAt { get; private set; }
}
