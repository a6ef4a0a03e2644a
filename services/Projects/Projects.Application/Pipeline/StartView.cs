using AiVideo.Projects.Domain.Common;
using AiVideo.Projects.Domain.Pipeline;

namespace AiVideo.Projects.Application.Pipeline;

/// <summary>
/// What a start (storyboard, generate, scene image or clip, render) answers with 202: the request id (the first, when
/// several went out at once, as <c>generate from=images</c> sends one per scene), all of them, and the project's status.
/// </summary>
public sealed record StartView(Guid ProjectId, Guid RequestId, IReadOnlyList<Guid> RequestIds, string Status, int Progress)
{
    public static StartView Of(Project project, IReadOnlyList<GenerationRequest> requests) => new(
        project.Id, requests[0].RequestId, requests.Select(r => r.RequestId).ToList(), WireNames.Of(project.Status), project.ProgressPercent);
}
