namespace AiVideo.Projects.FunctionalTests.Support;

/// <summary>One Server-Sent Event as received: its id, its name and its data (JSON).</summary>
public sealed record SseEvent(long Id, string Event, JsonElement Data);
