namespace AiVideo.BuildingBlocks.Idempotency;

/// <summary>The parts of a response that are replayed for a repeated request.</summary>
public sealed record StoredResponse(int StatusCode, string? ContentType, string? Location, byte[] Body);
