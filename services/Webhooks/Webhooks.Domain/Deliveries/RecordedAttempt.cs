namespace AiVideo.Webhooks.Domain.Deliveries;

/// <summary>What an attempt changed: the delivery's outcome, and whether it disabled the endpoint.</summary>
public sealed record RecordedAttempt(AttemptOutcome Outcome, bool EndpointDisabled);
