namespace AiVideo.BuildingBlocks.Idempotency;

/// <summary>What a key means for the request that carries it.</summary>
public enum IdempotencyClaimOutcome
{
    /// <summary>First use: run the request; its transaction is open and the key is held until it commits.</summary>
    Claimed,

    /// <summary>The same request was already answered: replay that answer.</summary>
    Replay,

    /// <summary>The key was used for a different request.</summary>
    Mismatch,
}

public sealed record IdempotencyClaim(IdempotencyClaimOutcome Outcome, IdempotencyRecord? Previous = null);
