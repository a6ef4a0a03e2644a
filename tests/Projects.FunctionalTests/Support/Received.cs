namespace AiVideo.Projects.FunctionalTests.Support;

/// <summary>A message the harness received from projects-api, with the bus message id it came with (the outbox row's id).</summary>
public sealed record Received(object Message, Guid MessageId, DateTimeOffset At);
