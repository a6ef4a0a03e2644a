using AiVideo.Generation.Application.Jobs;

namespace AiVideo.Generation.Infrastructure.Jobs;

/// <summary>This instance's name on the leases it holds: configured, or host name, process id and a random suffix (unique per start).</summary>
public sealed class WorkerIdentity(IOptions<JobOptions> options)
{
    public string Id { get; } = options.Value.WorkerId is { Length: > 0 } configured
        ? configured
        : $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}";
}
