namespace AiVideo.Webhooks.Domain.Deliveries;

/// <summary>One HTTP attempt of a delivery, as its owner sees it in the delivery log.</summary>
public sealed class DeliveryAttempt
{
    public const int MaxResponseExcerptLength = 1024;
    public const int MaxErrorLength = 200;

    private DeliveryAttempt()
    {
    }

    public Guid DeliveryId { get; private set; }

    /// <summary>1 for the first attempt of the delivery, counting on across manual retries.</summary>
    public int Number { get; private set; }

    public DateTimeOffset AttemptedAt { get; private set; }

    public int? StatusCode { get; private set; }

    public int DurationMs { get; private set; }

    /// <summary>The start of the response body (at most <see cref="MaxResponseExcerptLength"/> characters).</summary>
    public string? ResponseExcerpt { get; private set; }

    /// <summary>Why no answer came (timeout, connection failure, refused destination).</summary>
    public string? Error { get; private set; }

    public bool Succeeded { get; private set; }

    internal static DeliveryAttempt From(Guid deliveryId, int number, AttemptResult result, DateTimeOffset attemptedAt) => new()
    {
        DeliveryId = deliveryId,
        Number = number,
        AttemptedAt = attemptedAt,
        StatusCode = result.StatusCode,
        DurationMs = (int)Math.Clamp(Math.Round(result.Duration.TotalMilliseconds), 0, int.MaxValue),
        ResponseExcerpt = Truncate(result.ResponseExcerpt, MaxResponseExcerptLength),
        Error = Truncate(result.Error, MaxErrorLength),
        Succeeded = result.Succeeded,
    };

    private static string? Truncate(string? text, int length)
    {
        // PostgreSQL text cannot hold NUL characters; a receiver may well answer with some.
        text = text?.Replace('\0', '\uFFFD');
        if (text is null || text.Length <= length)
        {
            return text;
        }
        // Never cut a surrogate pair in half (the column is text, and a lone surrogate is not valid UTF-8).
        var cut = char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;
        return text[..cut];
    }
}
