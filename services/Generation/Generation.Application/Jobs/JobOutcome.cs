namespace AiVideo.Generation.Application.Jobs;

/// <summary>What a job made: the events that announce it (published with the job's success, through the outbox) and its result as JSON.</summary>
public sealed record JobOutcome(IReadOnlyList<object> Events, string? Result)
{
    public static JobOutcome Of(object? result, params object[] events) => new(events, result is null ? null : JobPayloads.Write(result));
}
