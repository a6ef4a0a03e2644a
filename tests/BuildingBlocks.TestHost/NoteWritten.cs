namespace AiVideo.BuildingBlocks.TestHost;

/// <summary>The event the test host's outbox publishes and its consumers handle.</summary>
public sealed record NoteWritten(Guid NoteId, string Text);
