namespace AiVideo.Generation.Domain.Jobs;

/// <summary>What a failed attempt came to: another attempt later, or the job's end.</summary>
public enum FailureOutcome
{
    WillRetry,
    Failed,
}
