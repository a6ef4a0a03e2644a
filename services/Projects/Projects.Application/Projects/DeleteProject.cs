using AiVideo.Contracts;

namespace AiVideo.Projects.Application.Projects;

/// <summary>
/// <c>DELETE /api/projects/{id}</c>: the project goes with its scenes, requests and history; <c>ProjectDeleted</c> tells
/// media to remove its files and generation to cancel its jobs. Results that arrive later find no project and change nothing.
/// </summary>
public sealed class DeleteProject(ProjectWork work, IProjects projects, IIntegrationEvents events)
{
    public async Task<Result> ExecuteAsync(Actor actor, Guid projectId, CancellationToken cancellationToken)
    {
        var deleted = await work.ChangeAsync(actor, projectId, (project, now) =>
        {
            projects.Remove(project);
            events.Publish(new ProjectDeleted(project.Id, project.CompanyId, actor.UserId, now));
            return (Result<bool>)true;
        }, cancellationToken);
        return deleted.IsSuccess ? Result.Success : deleted.Error;
    }
}
