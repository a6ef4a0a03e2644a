namespace AiVideo.Benchmarks.Pipeline;

/// <summary>One generation job as generation-api reports it: its kind, status, attempts, and when it was queued, claimed and finished (server clock).</summary>
public sealed record JobTiming(Guid RequestId, string Kind, string Status, int Attempts, DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, DateTimeOffset? CompletedAt)
{
    /// <summary>Seconds from claim to finish (null while unfinished).</summary>
    public double? RunSeconds => StartedAt is { } start && CompletedAt is { } end ? (end - start).TotalSeconds : null;

    /// <summary>Seconds from queued to claimed.</summary>
    public double? WaitSeconds => StartedAt is { } start ? (start - CreatedAt).TotalSeconds : null;
}
