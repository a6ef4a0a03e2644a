using System.Reflection;

namespace AiVideo.BuildingBlocks.Outbox;

/// <summary>How the outbox dispatcher works (section <c>Outbox</c>).</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>How often pending events are looked for when no commit has signalled any.</summary>
    public TimeSpan PollingInterval { get; set; } = TimeSpan.FromSeconds(2);

    public int BatchSize { get; set; } = 100;

    /// <summary>The longest a single publish may wait for the broker before it counts as failed.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How many times a message is tried before it is dead-lettered (marked dead, no longer claimed, listed in the
    /// <c>outbox_dead_letters</c> view). With the default backoff, 25 attempts span about an hour and a half.
    /// </summary>
    public int MaxAttempts { get; set; } = 25;

    /// <summary>Assemblies besides Contracts whose types may be published.</summary>
    public List<Assembly> MessageAssemblies { get; } = [];
}
