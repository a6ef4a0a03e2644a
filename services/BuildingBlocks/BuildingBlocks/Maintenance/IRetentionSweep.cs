namespace AiVideo.BuildingBlocks.Maintenance;

/// <summary>
/// A service's own bookkeeping rows that the retention sweep removes once they are old enough, after the outbox, inbox
/// and idempotency rows. Register it scoped (<c>AddScoped&lt;IRetentionSweep, ...&gt;()</c>); each sweep resolves it afresh.
/// </summary>
public interface IRetentionSweep
{
    /// <summary>What the rows are, for the log (e.g. <c>deleted projects</c>).</summary>
    string Name { get; }

    /// <summary>Removes the rows that are too old at <paramref name="now"/>; returns how many went.</summary>
    Task<int> SweepAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
