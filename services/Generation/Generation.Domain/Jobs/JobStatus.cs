namespace AiVideo.Generation.Domain.Jobs;

/// <summary>
/// A job's life: <c>queued</c> (waiting until it is due) → <c>running</c> (a worker holds its lease) → <c>succeeded</c>,
/// or back to <c>queued</c> to retry after a retryable failure, or <c>failed</c>; <c>cancelled</c> from queued or running.
/// </summary>
public enum JobStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
    Cancelled,
}
