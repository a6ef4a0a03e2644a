namespace AiVideo.Projects.Domain.Pipeline;

/// <summary>
/// What the project did with an incoming result: whether it applied it, the requests to send next (to publish through
/// the outbox in the same transaction), and the completion when the final video arrived.
/// </summary>
public sealed record ResultHandling(ResultDisposition Disposition, IReadOnlyList<GenerationRequest> NextRequests, ProjectCompletion? Completion = null)
{
    public bool Applied => Disposition == ResultDisposition.Applied;

    internal static ResultHandling Ignored(ResultDisposition disposition) => new(disposition, []);
}
