namespace AiVideo.Generation.Application.Jobs;

/// <summary>A job as <c>GET /api/generations/{requestId}</c> shows it: what it makes, where it is, how often it was tried, why it failed.</summary>
public sealed record GenerationView(
    Guid RequestId, Guid JobId, string Kind, string Provider, string? Model, string Status, string? Stage, int Progress, int Attempts, int MaxAttempts,
    GenerationErrorView? Error, Guid? ProjectId, Guid? SceneId, DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, DateTimeOffset? CompletedAt,
    DateTimeOffset? NextAttemptAt, string? CancelReason)
{
    public static GenerationView Of(GenerationJob job) => new(
        job.RequestId, job.Id, job.Kind, job.Provider, job.Model, JobStatuses.Name(job.Status), job.Stage, job.Progress, job.Attempts, job.MaxAttempts,
        job.ErrorCode is null ? null : new GenerationErrorView(job.ErrorCode, job.ErrorMessage ?? "", job.ErrorRetryable ?? false),
        job.ProjectId, job.SceneId, job.CreatedAt, job.StartedAt, job.CompletedAt,
        job.Status == JobStatus.Queued && job.Attempts > 0 ? job.DueAt : null, job.CancelReason);
}

/// <summary>The last failure of a job: its code, message and whether trying again may succeed.</summary>
public sealed record GenerationErrorView(string Code, string Message, bool Retryable);
