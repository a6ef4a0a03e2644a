namespace AiVideo.Generation.Domain.Jobs;

/// <summary>The moves a <see cref="GenerationJob"/> refuses, as errors.</summary>
public static class JobErrors
{
    public static Error LeaseLost(GenerationJob job) => Error.Conflict("lease_lost",
        $"Job {job.Id} is no longer held by this worker (it is {JobStatuses.Name(job.Status)}, held by {job.LeaseOwner ?? "nobody"}).");

    public static Error NotClaimable(GenerationJob job) => Error.Conflict("job_not_claimable",
        $"Job {job.Id} is {JobStatuses.Name(job.Status)} and cannot be claimed now.");

    public static Error Finished(GenerationJob job) => Error.Conflict("job_finished",
        $"The job already {(job.Status == JobStatus.Succeeded ? "succeeded" : "ended")} ({JobStatuses.Name(job.Status)}).");
}
