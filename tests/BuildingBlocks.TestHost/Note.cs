namespace AiVideo.BuildingBlocks.TestHost;

/// <summary>A row the tests change; <see cref="Copies"/> counts how often a consumer applied an event to it.</summary>
public sealed class Note
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Text { get; set; } = "";

    public int Copies { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;
}
