using AiVideo.Webhooks.Domain.Endpoints;

namespace AiVideo.Webhooks.Domain.Deliveries;

/// <summary>
/// Records an attempt on both the delivery and its endpoint: success clears the endpoint's failure run, 410 disables
/// it, and a failure that completes <see cref="WebhookEndpoint.FailureWindow"/> of failures disables it too (and with
/// it this delivery's remaining attempts).
/// </summary>
public static class DeliveryAttempts
{
    public static RecordedAttempt Record(
        WebhookDelivery delivery, WebhookEndpoint endpoint, AttemptResult result, RetrySchedule schedule, double jitterSample, DateTimeOffset now)
    {
        if (delivery.EndpointId != endpoint.Id)
        {
            throw new ArgumentException($"Delivery {delivery.Id} is not for endpoint {endpoint.Id}.", nameof(endpoint));
        }
        var outcome = delivery.RecordAttempt(result, schedule, jitterSample, now);
        switch (outcome)
        {
            case AttemptOutcome.Succeeded:
                endpoint.RecordSuccess(now);
                return new RecordedAttempt(outcome, false);
            case AttemptOutcome.Gone:
                return new RecordedAttempt(outcome, endpoint.RecordGone(now));
            default:
                var disabled = endpoint.RecordFailure(now);
                if (disabled && outcome == AttemptOutcome.RetryScheduled)
                {
                    delivery.Abandon("endpoint_disabled", now);
                    outcome = AttemptOutcome.Failed;
                }
                return new RecordedAttempt(outcome, disabled);
        }
    }
}
