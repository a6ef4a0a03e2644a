namespace AiVideo.Webhooks.Domain.Deliveries;

/// <summary>
/// What one HTTP attempt came to: the status code the receiver answered (none when no answer came: <see cref="Error"/>
/// says why), how long it took, the start of the response body, and a <c>Retry-After</c> it asked for.
/// </summary>
public sealed record AttemptResult(int? StatusCode, TimeSpan Duration, string? ResponseExcerpt, string? Error, TimeSpan? RetryAfter)
{
    public bool Succeeded => StatusCode is >= 200 and <= 299;

    public bool Gone => StatusCode == 410;

    public static AttemptResult Answered(int statusCode, TimeSpan duration, string? responseExcerpt, TimeSpan? retryAfter = null) =>
        new(statusCode, duration, responseExcerpt, null, retryAfter);

    /// <summary>No answer: a timeout, a refused or failed connection, a refused destination.</summary>
    public static AttemptResult NoAnswer(string error, TimeSpan duration) => new(null, duration, null, error, null);
}
