namespace AiVideo.BuildingBlocks.Idempotency;

/// <summary>
/// Endpoint metadata: requests to this endpoint honour an <c>Idempotency-Key</c> header. With <see cref="Replay"/>, the
/// answer is not stored but rebuilt by that <see cref="IIdempotentReplay"/> from the id of what the first request created.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class IdempotentAttribute(Type? replay = null) : Attribute
{
    public Type? Replay { get; } = replay;
}
