namespace AiVideo.Webhooks.Api.Consumers;

internal static class SentTimes
{
    /// <summary>MassTransit's sent time (a UTC <see cref="DateTime"/>) as a <see cref="DateTimeOffset"/>.</summary>
    public static DateTimeOffset? AsUtc(this DateTime? sentTime) =>
        sentTime is { } sent ? new DateTimeOffset(DateTime.SpecifyKind(sent, DateTimeKind.Utc)) : null;
}
