namespace AiVideo.Generation.Domain.Jobs;

/// <summary>Why a job's attempt failed: a stable code, a message a user can read, and whether trying again may succeed.</summary>
public sealed record JobFailure(string Code, string Message, bool Retryable)
{
    public const int MaxMessageLength = 2000;

    /// <summary>The code of a job whose workers kept dying until it ran out of attempts.</summary>
    public const string WorkerLost = "worker_lost";

    /// <summary>The code of a job that was cancelled (as reported to whoever waits for its result).</summary>
    public const string Cancelled = "cancelled";
}
