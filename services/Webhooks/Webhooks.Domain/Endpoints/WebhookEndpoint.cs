namespace AiVideo.Webhooks.Domain.Endpoints;

/// <summary>
/// A company's receiver of webhooks: where to send which event types, the secrets to sign with, and whether it is still
/// delivered to. A rotated secret keeps signing next to its successor for <see cref="PreviousSecretLifetime"/>, so a
/// receiver can switch without missing a message. An endpoint that answers 410 Gone, or at which every attempt failed
/// for <see cref="FailureWindow"/>, disables itself.
/// Secrets are held as the opaque bytes the secret protector made of them (encrypted, because signing needs the raw
/// key); the domain never sees them in the clear.
/// </summary>
public sealed class WebhookEndpoint
{
    public const int MaxDescriptionLength = 500;

    /// <summary>How long the secret replaced by a rotation still signs.</summary>
    public static readonly TimeSpan PreviousSecretLifetime = TimeSpan.FromHours(24);

    /// <summary>How long every attempt must have failed before the endpoint is disabled.</summary>
    public static readonly TimeSpan FailureWindow = TimeSpan.FromDays(5);

    private WebhookEndpoint()
    {
    }

    public Guid Id { get; private set; }

    public Guid CompanyId { get; private set; }

    public string Url { get; private set; } = "";

    /// <summary>The subscribed event types, distinct and ordered.</summary>
    public string[] EventTypes { get; private set; } = [];

    public string? Description { get; private set; }

    /// <summary>The current secret, protected: every message is signed with it.</summary>
    public byte[] ProtectedSecret { get; private set; } = [];

    /// <summary>The secret the last rotation replaced, protected; it signs too until <see cref="PreviousSecretExpiresAt"/>.</summary>
    public byte[]? PreviousProtectedSecret { get; private set; }

    public DateTimeOffset? PreviousSecretExpiresAt { get; private set; }

    public DateTimeOffset? SecretRotatedAt { get; private set; }

    public DateTimeOffset? DisabledAt { get; private set; }

    public EndpointDisabledReason? DisabledReason { get; private set; }

    /// <summary>When the current run of failed attempts began; null while the last attempt succeeded.</summary>
    public DateTimeOffset? FailingSince { get; private set; }

    public int ConsecutiveFailures { get; private set; }

    public DateTimeOffset? LastSuccessAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The row version (PostgreSQL's xmin), for optimistic concurrency between admins and the delivery worker.</summary>
    public uint Version { get; private set; }

    public bool IsEnabled => DisabledAt is null;

    /// <summary>
    /// A new endpoint. <paramref name="id"/> is chosen by the caller (a UUIDv7) because the secret is protected for this
    /// endpoint before it exists.
    /// </summary>
    public static Result<WebhookEndpoint> Create(
        Guid id, Guid companyId, string? url, IEnumerable<string>? eventTypes, string? description, bool enabled, byte[] protectedSecret, DateTimeOffset now)
    {
        var fields = new Dictionary<string, string[]>();
        var uri = EndpointUrl.Parse(url);
        if (!uri.IsSuccess)
        {
            fields["url"] = uri.Error.Fields["url"];
        }
        var types = CheckEventTypes(eventTypes, fields);
        var text = CheckDescription(description, fields);
        if (fields.Count > 0)
        {
            return Error.Validation(fields);
        }
        ArgumentOutOfRangeException.ThrowIfZero(protectedSecret.Length, nameof(protectedSecret));

        return new WebhookEndpoint
        {
            Id = id,
            CompanyId = companyId,
            Url = uri.Value.AbsoluteUri,
            EventTypes = types,
            Description = text,
            ProtectedSecret = protectedSecret,
            DisabledAt = enabled ? null : now,
            DisabledReason = enabled ? null : EndpointDisabledReason.ByUser,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>Replaces the URL, the subscriptions and the description (a PATCH merges what it leaves out before calling).</summary>
    public Result Update(string? url, IEnumerable<string>? eventTypes, string? description, DateTimeOffset now)
    {
        var fields = new Dictionary<string, string[]>();
        var uri = EndpointUrl.Parse(url);
        if (!uri.IsSuccess)
        {
            fields["url"] = uri.Error.Fields["url"];
        }
        var types = CheckEventTypes(eventTypes, fields);
        var text = CheckDescription(description, fields);
        if (fields.Count > 0)
        {
            return Error.Validation(fields);
        }
        Url = uri.Value.AbsoluteUri;
        EventTypes = types;
        Description = text;
        UpdatedAt = now;
        return Result.Success;
    }

    /// <summary>Whether a message of <paramref name="eventType"/> goes to this endpoint (a ping always does).</summary>
    public bool Subscribes(string eventType) => eventType == WebhookEventTypes.Ping || EventTypes.Contains(eventType, StringComparer.Ordinal);

    /// <summary>Delivers again, with a fresh failure record (a disabled endpoint starts over when enabled).</summary>
    public void Enable(DateTimeOffset now)
    {
        if (IsEnabled)
        {
            return;
        }
        DisabledAt = null;
        DisabledReason = null;
        FailingSince = null;
        ConsecutiveFailures = 0;
        UpdatedAt = now;
    }

    public void Disable(EndpointDisabledReason reason, DateTimeOffset now)
    {
        if (!IsEnabled)
        {
            return;
        }
        DisabledAt = now;
        DisabledReason = reason;
        UpdatedAt = now;
    }

    /// <summary>
    /// A new current secret; the one it replaces keeps signing for <see cref="PreviousSecretLifetime"/>. Rotating again
    /// within that time drops the oldest: at most two secrets sign at once.
    /// </summary>
    public void RotateSecret(byte[] protectedSecret, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfZero(protectedSecret.Length, nameof(protectedSecret));
        PreviousProtectedSecret = ProtectedSecret;
        PreviousSecretExpiresAt = now + PreviousSecretLifetime;
        ProtectedSecret = protectedSecret;
        SecretRotatedAt = now;
        UpdatedAt = now;
    }

    /// <summary>The protected secrets a message sent at <paramref name="now"/> is signed with: the current one first.</summary>
    public IReadOnlyList<byte[]> SigningSecrets(DateTimeOffset now) =>
        PreviousProtectedSecret is { } previous && PreviousSecretExpiresAt > now ? [ProtectedSecret, previous] : [ProtectedSecret];

    /// <summary>An attempt succeeded (2xx): the run of failures, if any, is over.</summary>
    public void RecordSuccess(DateTimeOffset now)
    {
        FailingSince = null;
        ConsecutiveFailures = 0;
        LastSuccessAt = now;
    }

    /// <summary>
    /// An attempt failed. Returns true when this disabled the endpoint: every attempt since <see cref="FailingSince"/>
    /// failed, and that was at least <see cref="FailureWindow"/> ago.
    /// </summary>
    public bool RecordFailure(DateTimeOffset now)
    {
        FailingSince ??= now;
        ConsecutiveFailures++;
        if (IsEnabled && now - FailingSince.Value >= FailureWindow)
        {
            Disable(EndpointDisabledReason.Failing, now);
            return true;
        }
        return false;
    }

    /// <summary>The receiver answered 410 Gone: it is disabled at once. Returns true when this disabled it.</summary>
    public bool RecordGone(DateTimeOffset now)
    {
        FailingSince ??= now;
        ConsecutiveFailures++;
        if (!IsEnabled)
        {
            return false;
        }
        Disable(EndpointDisabledReason.Gone, now);
        return true;
    }

    private static string[] CheckEventTypes(IEnumerable<string>? eventTypes, Dictionary<string, string[]> fields)
    {
        var types = (eventTypes ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (types.Length == 0 || !types.All(WebhookEventTypes.IsKnown))
        {
            fields["eventTypes"] = [$"Event types are one or more of: {string.Join(", ", WebhookEventTypes.All.Order(StringComparer.Ordinal))}."];
        }
        return types;
    }

    private static string? CheckDescription(string? description, Dictionary<string, string[]> fields)
    {
        var text = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        if (text?.Length > MaxDescriptionLength)
        {
            fields["description"] = [$"A description has at most {MaxDescriptionLength} characters."];
        }
        return text;
    }
}
