using AiVideo.Projects.Domain.Common;

namespace AiVideo.Projects.Application.Activity;

/// <summary>
/// <c>GET /api/projects/{id}/events</c>: opens a live stream of the project's activity for any member of its company,
/// resuming after the last entry the subscriber saw (SSE <c>Last-Event-ID</c>). The live subscription starts before the
/// stored history is read, so nothing committed in between is missed.
/// </summary>
public sealed class FollowProject(IProjects projects, IProjectActivity history, IActivityFeed feed, IOptions<ProjectEventsOptions> options, TimeProvider time)
{
    public async Task<Result<ProjectEventStream>> OpenAsync(Actor actor, Guid projectId, long lastEventId, CancellationToken cancellationToken)
    {
        if (lastEventId < 0)
        {
            return Error.Validation("lastEventId", "The last event id is the number of an entry (0 or more).");
        }
        if (await projects.ReadRowAsync(projectId, actor.CompanyId, cancellationToken) is not { } project)
        {
            return Access.ProjectNotFound;
        }
        var status = WireNames.Of(project.Status);
        if (project.Status is ProjectStatus.Completed or ProjectStatus.Failed && project.ActivitySequence <= lastEventId)
        {
            return new ProjectEventStream(projectId, lastEventId, status, null, history, options.Value, time);
        }
        var subscription = await feed.SubscribeAsync(projectId, cancellationToken);
        return new ProjectEventStream(projectId, lastEventId, status, subscription, history, options.Value, time);
    }
}
