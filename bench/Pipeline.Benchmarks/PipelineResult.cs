namespace AiVideo.Benchmarks.Pipeline;

/// <summary>
/// How one pipeline went, every moment on <see cref="Clock"/>: the create request (the prompt), the generate request and
/// its 202, the first event after it and the first one generation's work caused, when each project status arrived on the
/// stream (and every event after the start), and the outcome (<c>completed</c>, <c>failed</c> or <c>timed out</c>).
/// </summary>
public sealed record PipelineResult(
    string Name,
    ProjectSpec Spec,
    Guid ProjectId,
    string Outcome,
    double CreateSent,
    double GenerateSent,
    double Accepted,
    EventArrival? FirstEvent,
    EventArrival? FirstGenerationEvent,
    IReadOnlyDictionary<string, double> StatusArrivals,
    IReadOnlyList<StreamEvent> Stream,
    int Reconnections)
{
    public bool Completed => Outcome == "completed";

    /// <summary>When <c>completed</c> arrived on the stream (null if it did not).</summary>
    public double? CompletedAt => StatusArrivals.TryGetValue("completed", out var at) ? at : null;

    /// <summary>Seconds from the 202 of <c>generate</c> to the first event after it.</summary>
    public double? FirstEventSeconds => FirstEvent is null ? null : FirstEvent.ArrivedAt - Accepted;

    /// <summary>Seconds from the 202 of <c>generate</c> to the first event caused by generation's work.</summary>
    public double? FirstGenerationEventSeconds => FirstGenerationEvent is null ? null : FirstGenerationEvent.ArrivedAt - Accepted;

    /// <summary>Seconds between two statuses' arrivals on the stream (null when either is missing).</summary>
    public double? Between(string from, string to) =>
        StatusArrivals.TryGetValue(from, out var a) && StatusArrivals.TryGetValue(to, out var b) ? b - a : null;
}
