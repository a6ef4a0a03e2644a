namespace AiVideo.Webhooks.Application.Deliveries;

public enum AttemptReportKind
{
    /// <summary>An attempt was made and recorded.</summary>
    Recorded,

    /// <summary>The endpoint is disabled: no attempt, the delivery failed.</summary>
    Abandoned,

    /// <summary>The lease was lost before the attempt could be recorded.</summary>
    LeaseLost,
}
