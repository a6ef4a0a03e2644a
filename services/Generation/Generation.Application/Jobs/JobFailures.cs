namespace AiVideo.Generation.Application.Jobs;

/// <summary>The <see cref="GenerationFailed"/> event that tells whoever waits for a job's result that it failed.</summary>
public static class JobFailures
{
    public static GenerationFailed EventOf(GenerationJob job) => new(
        job.RequestId, job.CompanyId, job.ProjectId, job.SceneId, JobStages.For(job.Kind), job.ErrorCode ?? JobFailure.Cancelled,
        job.ErrorMessage ?? job.CancelReason ?? "The job was cancelled.", job.ErrorRetryable ?? false);

    public static JobFailure Of(MediaProcessingException exception) => new(exception.Code, exception.Message, exception.Retryable);
}
