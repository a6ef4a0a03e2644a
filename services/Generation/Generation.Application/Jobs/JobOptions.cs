namespace AiVideo.Generation.Application.Jobs;

/// <summary>
/// Section <c>Generation:Jobs</c>: how workers hold jobs (lease, heartbeat, poll), how often a job is tried and how long
/// it waits between tries, and whether this instance runs workers at all (an API-only replica may not).
/// </summary>
public sealed class JobOptions
{
    public const string SectionName = "Generation:Jobs";

    /// <summary>Whether this instance claims and runs jobs.</summary>
    public bool RunWorkers { get; set; } = true;

    /// <summary>This instance's name on the leases it holds (empty: host name, process id and a random suffix).</summary>
    public string WorkerId { get; set; } = "";

    /// <summary>How long a claim lasts without renewal: a worker that died is replaced this long after its last heartbeat.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a worker renews its lease, records progress and checks whether its job was cancelled elsewhere.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often idle workers look for due jobs (jobs queued by this instance wake them at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many attempts a job gets in all (retryable failures and workers that died).</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The wait before the first retry; it doubles with each further one, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The least time between two progress events of a job (a change of stage is always reported). Each one costs
    /// projects-api a transaction and its subscribers an event: once a second is smooth enough to watch.
    /// </summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the workspaces of instances that died are looked for (and at start-up).</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);

    public RetryPolicy Retries => new(MaxAttempts, RetryBaseDelay, RetryMaxDelay);
}
