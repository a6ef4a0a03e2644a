namespace AiVideo.BuildingBlocks.Idempotency;

/// <summary>The first successful response to a request sent with an <c>Idempotency-Key</c>, kept to answer its repeats.</summary>
public sealed class IdempotencyRecord
{
    private IdempotencyRecord()
    {
    }

    /// <summary>Whose key it is (the caller's subject), so two clients' keys never collide.</summary>
    public string Scope { get; private set; } = "";

    public string Key { get; private set; } = "";

    /// <summary>SHA-256 of the method, path, query and body: the same key with another request is refused.</summary>
    public string RequestHash { get; private set; } = "";

    public int StatusCode { get; private set; }

    public string? ContentType { get; private set; }

    public string? Location { get; private set; }

    public byte[] ResponseBody { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }
}
