using AiVideo.Webhooks.Domain.Endpoints;

namespace AiVideo.Webhooks.Domain.Deliveries;

/// <summary>
/// One message on its way to one endpoint: its stable <c>webhook-id</c>, the exact body sent on every attempt, and the
/// attempts so far. It is pending until an attempt succeeds (2xx), the receiver answers 410, or the last attempt of
/// the <see cref="RetrySchedule"/> fails. A worker claims it with a lease (<see cref="LockId"/> until
/// <see cref="LockedUntil"/>) before an attempt, so a crashed worker's delivery is taken over once the lease ends,
/// and recording the attempt fails if the lease was lost.
/// </summary>
public sealed class WebhookDelivery
{
    public const int MaxEventTypeLength = 64;

    private readonly List<DeliveryAttempt> _attempts = [];

    private WebhookDelivery()
    {
    }

    public Guid Id { get; private set; }

    public Guid EndpointId { get; private set; }

    public Guid CompanyId { get; private set; }

    /// <summary>The <c>webhook-id</c> header: the same on every attempt.</summary>
    public string MessageId { get; private set; } = "";

    public string EventType { get; private set; } = "";

    /// <summary>The JSON body, <c>{ "type", "timestamp", "data" }</c>, sent byte for byte the same on every attempt.</summary>
    public string Payload { get; private set; } = "";

    public DeliveryStatus Status { get; private set; }

    /// <summary>Attempts made in all (the log's numbering).</summary>
    public int AttemptCount { get; private set; }

    /// <summary>Attempts made since the delivery was made or last retried by hand (where it is in the schedule).</summary>
    public int ScheduledAttempts { get; private set; }

    /// <summary>When the next attempt is due; null once the delivery succeeded or failed.</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    public DateTimeOffset? LastAttemptAt { get; private set; }

    public int? LastStatusCode { get; private set; }

    /// <summary>Why the delivery failed: <c>attempts_exhausted</c>, <c>gone</c>, <c>endpoint_disabled</c>, <c>endpoint_deleted</c>.</summary>
    public string? FailureReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>The lease of the worker making the current attempt.</summary>
    public Guid? LockId { get; private set; }

    public DateTimeOffset? LockedUntil { get; private set; }

    public IReadOnlyList<DeliveryAttempt> Attempts => _attempts;

    public static WebhookDelivery Create(WebhookEndpoint endpoint, string messageId, string eventType, string payload, DateTimeOffset now)
    {
        if (!WebhookMessageId.IsValid(messageId))
        {
            throw new ArgumentException($"'{messageId}' is not a message id.", nameof(messageId));
        }
        if (!WebhookEventTypes.IsKnown(eventType))
        {
            throw new ArgumentException($"'{eventType}' is not a webhook event type.", nameof(eventType));
        }
        return new WebhookDelivery
        {
            Id = Guid.CreateVersion7(now),
            EndpointId = endpoint.Id,
            CompanyId = endpoint.CompanyId,
            MessageId = messageId,
            EventType = eventType,
            Payload = payload,
            Status = DeliveryStatus.Pending,
            NextAttemptAt = now,
            CreatedAt = now,
        };
    }

    /// <summary>Whether a worker may claim it now: pending, due, and not leased by another worker.</summary>
    public bool IsDue(DateTimeOffset now) => Status == DeliveryStatus.Pending && NextAttemptAt <= now && !(LockedUntil > now);

    /// <summary>Takes the lease for one attempt (the repository's claim query does the same in SQL).</summary>
    public void Lease(Guid lockId, DateTimeOffset until, DateTimeOffset now)
    {
        if (!IsDue(now))
        {
            throw new InvalidOperationException($"Delivery {Id} is not due or is leased by another worker.");
        }
        LockId = lockId;
        LockedUntil = until;
    }

    /// <summary>
    /// Records an attempt made under the lease and decides what follows: done on 2xx, failed on 410 or when the
    /// schedule is spent, otherwise the next attempt after the schedule's wait (or the receiver's <c>Retry-After</c>).
    /// </summary>
    public AttemptOutcome RecordAttempt(AttemptResult result, RetrySchedule schedule, double jitterSample, DateTimeOffset now)
    {
        if (Status != DeliveryStatus.Pending)
        {
            throw new InvalidOperationException($"Delivery {Id} is {Status}; it takes no more attempts.");
        }
        AttemptCount++;
        ScheduledAttempts++;
        _attempts.Add(DeliveryAttempt.From(Id, AttemptCount, result, now));
        LastAttemptAt = now;
        LastStatusCode = result.StatusCode;
        ReleaseLease();

        if (result.Succeeded)
        {
            Finish(DeliveryStatus.Succeeded, null, now);
            return AttemptOutcome.Succeeded;
        }
        if (result.Gone)
        {
            Finish(DeliveryStatus.Failed, "gone", now);
            return AttemptOutcome.Gone;
        }
        if (schedule.DelayAfter(ScheduledAttempts, jitterSample, result.RetryAfter) is { } delay)
        {
            NextAttemptAt = now + delay;
            return AttemptOutcome.RetryScheduled;
        }
        Finish(DeliveryStatus.Failed, "attempts_exhausted", now);
        return AttemptOutcome.Failed;
    }

    /// <summary>Stops a pending delivery without an attempt (its endpoint was disabled or deleted).</summary>
    public void Abandon(string reason, DateTimeOffset now)
    {
        if (Status != DeliveryStatus.Pending)
        {
            return;
        }
        ReleaseLease();
        Finish(DeliveryStatus.Failed, reason, now);
    }

    /// <summary>Starts the schedule over with an attempt now (a customer's "retry"); a pending delivery is already under way.</summary>
    public Result Retry(DateTimeOffset now)
    {
        if (Status == DeliveryStatus.Pending)
        {
            return Error.Conflict("delivery_pending", "The delivery is still being attempted; its next attempt is scheduled.");
        }
        Status = DeliveryStatus.Pending;
        ScheduledAttempts = 0;
        NextAttemptAt = now;
        FailureReason = null;
        CompletedAt = null;
        return Result.Success;
    }

    private void Finish(DeliveryStatus status, string? reason, DateTimeOffset now)
    {
        Status = status;
        FailureReason = reason;
        NextAttemptAt = null;
        CompletedAt = now;
    }

    private void ReleaseLease()
    {
        LockId = null;
        LockedUntil = null;
    }
}
