using AiVideo.Projects.Application.Files;
using AiVideo.Projects.Domain.Pipeline;

namespace AiVideo.Projects.Application.Pipeline;

/// <summary>
/// <c>POST .../scenes/{sceneId}/image</c>: a new image for one scene, with an optional prompt for this request, reference
/// images (the company's image files) and the previous scene's clip's last frame as a starting point.
/// </summary>
public sealed class RequestSceneImage(PipelineStarts starts, FileChecks files)
{
    public sealed record Command(string? Prompt, IReadOnlyList<Guid>? ReferenceFileIds, bool UseSeedFrame);

    public async Task<Result<StartView>> ExecuteAsync(Actor actor, Guid projectId, Guid sceneId, Command command, CancellationToken cancellationToken)
    {
        var references = command.ReferenceFileIds ?? [];
        if (references.Count <= ImageOptions.MaxReferenceFiles
            && await files.CheckAsync(actor.CompanyId, references.Distinct().Select(id => new FileUse("referenceFileIds", id, FileKind.Image)).ToList(),
                cancellationToken) is { } invalid)
        {
            return invalid;
        }
        var options = new ImageOptions(command.Prompt, references, command.UseSeedFrame);
        return await starts.StartAsync(actor, projectId, (project, now) => project.RequestImage(sceneId, options, actor.UserId, now), cancellationToken);
    }
}
