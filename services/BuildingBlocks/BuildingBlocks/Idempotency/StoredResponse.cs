namespace AiVideo.BuildingBlocks.Idempotency;

/// <summary>
/// The parts of a response that are replayed for a repeated request; for an endpoint whose answers are rebuilt, the id
/// of what it created (<see cref="ResourceId"/>) and no body.
/// </summary>
public sealed record StoredResponse(int StatusCode, string? ContentType, string? Location, byte[] Body, string? ResourceId = null);
