namespace AiVideo.Generation.Domain.Jobs;

/// <summary>What a failed attempt came to: another attempt later, or the job's end (failed, or cancelled because what it worked for is gone).</summary>
public enum FailureOutcome
{
    WillRetry,
    Failed,
    Cancelled,
}
