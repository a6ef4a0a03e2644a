namespace AiVideo.BuildingBlocks.Idempotency;

/// <summary>Endpoint metadata: requests to this endpoint honour an <c>Idempotency-Key</c> header.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class IdempotentAttribute : Attribute;
