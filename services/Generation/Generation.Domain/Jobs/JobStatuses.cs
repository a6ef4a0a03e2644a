namespace AiVideo.Generation.Domain.Jobs;

/// <summary>The wire and column names of <see cref="JobStatus"/> (<c>queued</c>, <c>running</c>, ...).</summary>
public static class JobStatuses
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";

    public static string Name(JobStatus status) => status switch
    {
        JobStatus.Queued => Queued,
        JobStatus.Running => Running,
        JobStatus.Succeeded => Succeeded,
        JobStatus.Failed => Failed,
        _ => Cancelled,
    };

    public static JobStatus Parse(string name) => name switch
    {
        Queued => JobStatus.Queued,
        Running => JobStatus.Running,
        Succeeded => JobStatus.Succeeded,
        Failed => JobStatus.Failed,
        Cancelled => JobStatus.Cancelled,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a job status."),
    };
}
