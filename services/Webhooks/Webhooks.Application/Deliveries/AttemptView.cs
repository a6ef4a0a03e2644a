namespace AiVideo.Webhooks.Application.Deliveries;

/// <summary>One attempt in a delivery's log: when, the status the receiver answered (none when no answer came: see the error), how long it took, and the start of its answer.</summary>
public sealed record AttemptView(int Number, DateTimeOffset AttemptedAt, int? StatusCode, int DurationMs, string? ResponseExcerpt, string? Error, bool Succeeded)
{
    public static AttemptView Of(DeliveryAttempt attempt) => new(
        attempt.Number, attempt.AttemptedAt, attempt.StatusCode, attempt.DurationMs, attempt.ResponseExcerpt, attempt.Error, attempt.Succeeded);
}
