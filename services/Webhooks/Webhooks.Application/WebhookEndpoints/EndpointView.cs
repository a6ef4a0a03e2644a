namespace AiVideo.Webhooks.Application.WebhookEndpoints;

/// <summary>
/// An endpoint as its owners see it, never its secret: where it points, what it subscribes to, whether it is still
/// delivered to (and if not, why: <c>by_user</c>, <c>gone</c>, <c>failing</c>), when its secret was last rotated and
/// until when the previous one still signs, and how its deliveries have been going.
/// </summary>
public sealed record EndpointView(
    Guid Id,
    string Url,
    string? Description,
    IReadOnlyList<string> EventTypes,
    bool Enabled,
    string? DisabledReason,
    DateTimeOffset? DisabledAt,
    DateTimeOffset? SecretRotatedAt,
    DateTimeOffset? PreviousSecretExpiresAt,
    DateTimeOffset? FailingSince,
    int ConsecutiveFailures,
    DateTimeOffset? LastSuccessAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static EndpointView Of(WebhookEndpoint endpoint, DateTimeOffset now) => new(
        endpoint.Id,
        endpoint.Url,
        endpoint.Description,
        endpoint.EventTypes,
        endpoint.IsEnabled,
        endpoint.DisabledReason switch
        {
            EndpointDisabledReason.ByUser => "by_user",
            EndpointDisabledReason.Gone => "gone",
            EndpointDisabledReason.Failing => "failing",
            _ => null,
        },
        endpoint.DisabledAt,
        endpoint.SecretRotatedAt,
        endpoint.PreviousSecretExpiresAt > now ? endpoint.PreviousSecretExpiresAt : null,
        endpoint.FailingSince,
        endpoint.ConsecutiveFailures,
        endpoint.LastSuccessAt,
        endpoint.CreatedAt,
        endpoint.UpdatedAt);
}
