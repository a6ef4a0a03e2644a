namespace AiVideo.Projects.Application.Projects;

/// <summary>
/// <c>PATCH /api/projects/{id}</c>: changes what is given (explicit nulls clear the description, music and car variant).
/// Title and description change at any time; settings that shape generation wait until the project is idle (409).
/// </summary>
public sealed class UpdateProject(ProjectWork work, ProjectReferences references)
{
    public async Task<Result<ProjectView>> ExecuteAsync(Actor actor, Guid projectId, ProjectChanges changes, string? language, CancellationToken cancellationToken)
    {
        var voice = ProjectSettings.Voice(changes.Voice, language);
        if (!voice.IsSuccess)
        {
            return voice.Error;
        }
        changes = changes with { Voice = voice.Value };
        if (await references.CheckAsync(actor.CompanyId, changes.MusicFileId, changes.CarVariantId, cancellationToken, changes.Provider) is { } invalid)
        {
            return invalid;
        }
        return await work.ChangeAsync(actor, projectId, (project, now) =>
        {
            var updated = project.Update(changes, now);
            return updated.IsSuccess ? ProjectView.Of(project) : (Result<ProjectView>)updated.Error;
        }, cancellationToken);
    }
}
