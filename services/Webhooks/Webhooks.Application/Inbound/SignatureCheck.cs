namespace AiVideo.Webhooks.Application.Inbound;

/// <summary>What checking a callback's signature found. All but <see cref="Valid"/> are answered 401 alike.</summary>
public enum SignatureCheck
{
    Valid,

    /// <summary>A header the format needs is absent.</summary>
    Missing,

    /// <summary>The headers are malformed or no signature in them matches the body.</summary>
    Invalid,

    /// <summary>The signature matches, but its timestamp is further from now than the tolerance (a replay, or a wrong clock).</summary>
    Stale,
}
