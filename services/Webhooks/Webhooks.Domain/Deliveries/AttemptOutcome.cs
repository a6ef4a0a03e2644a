namespace AiVideo.Webhooks.Domain.Deliveries;

/// <summary>What an attempt meant for its delivery.</summary>
public enum AttemptOutcome
{
    Succeeded,

    /// <summary>It failed; the next attempt is scheduled.</summary>
    RetryScheduled,

    /// <summary>It failed and was the last one the schedule allows (or the endpoint got disabled by it).</summary>
    Failed,

    /// <summary>The receiver answered 410 Gone: no more attempts, and the endpoint is disabled.</summary>
    Gone,
}
