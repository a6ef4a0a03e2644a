namespace AiVideo.BuildingBlocks.Idempotency;

/// <summary>
/// The first successful response to a request sent with an <c>Idempotency-Key</c>, kept to answer its repeats; for an
/// endpoint whose answers hold a credential, only the id of what it created (the answer is rebuilt from it).
/// </summary>
public sealed class IdempotencyRecord
{
    private IdempotencyRecord()
    {
    }

    /// <summary>Whose key it is: the caller's subject, company and API key or client (see <see cref="IdempotencyScope"/>).</summary>
    public string Scope { get; private set; } = "";

    public string Key { get; private set; } = "";

    /// <summary>HMAC-SHA256 (keyed) of the method, path, query and body: the same key with another request is refused.</summary>
    public string RequestHash { get; private set; } = "";

    public int StatusCode { get; private set; }

    public string? ContentType { get; private set; }

    public string? Location { get; private set; }

    /// <summary>The stored answer; empty when it is rebuilt from <see cref="ResourceId"/>.</summary>
    public byte[] ResponseBody { get; private set; } = [];

    /// <summary>What the first request created, for endpoints whose answers are rebuilt rather than stored.</summary>
    public string? ResourceId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }
}
