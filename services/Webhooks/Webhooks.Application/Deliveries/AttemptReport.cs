namespace AiVideo.Webhooks.Application.Deliveries;

/// <summary>What became of one claimed delivery in the worker.</summary>
public sealed record AttemptReport(AttemptReportKind Kind, AttemptOutcome? Outcome = null, bool EndpointDisabled = false)
{
    /// <summary>Another worker took the delivery over (or it went with its endpoint): nothing was recorded here.</summary>
    public static AttemptReport LeaseLost { get; } = new(AttemptReportKind.LeaseLost);

    /// <summary>Its endpoint was disabled: the delivery failed without an attempt.</summary>
    public static AttemptReport Abandoned { get; } = new(AttemptReportKind.Abandoned);

    public static AttemptReport Recorded(RecordedAttempt recorded) => new(AttemptReportKind.Recorded, recorded.Outcome, recorded.EndpointDisabled);
}
