using AiVideo.Contracts;
using AiVideo.Projects.Application.Files;
using AiVideo.Projects.Domain.Pipeline;
using AiVideo.Projects.Domain.Scenes;

namespace AiVideo.Projects.Application.Pipeline;

/// <summary>
/// <c>ImageStored</c>: the file is recorded as the company's. With a request id it is a generation result: a scene's
/// image (for an image request) or the last frame of a scene's clip (for a clip request). Without one it is a user's
/// upload: a <c>scene-image</c> upload becomes an asset of its scene.
/// </summary>
public sealed class ApplyStoredImage(FileRecords records, PipelineResults results, IProjects projects, IUnitOfWork unit, TimeProvider time)
{
    /// <summary>The upload purpose of a scene's image (media-api's name for it).</summary>
    public const string SceneImagePurpose = "scene-image";

    public async Task<ResultOutcome> ExecuteAsync(ImageStored stored, CancellationToken cancellationToken)
    {
        await records.RememberAsync(stored, cancellationToken);
        if (stored.RequestId is not { } requestId)
        {
            return await UploadedAsync(stored, cancellationToken);
        }
        var image = new GeneratedImage(stored.FileId, stored.Width, stored.Height);
        return await results.ApplyAsync(requestId, stored.ProjectId, stored.CompanyId, (project, now) => project.FindRequest(requestId)?.Kind switch
        {
            RequestKind.Clip => project.ApplySeedFrame(requestId, image, now),
            RequestKind.Render or RequestKind.Storyboard => null,
            _ => project.ApplyImage(requestId, image, now),
        }, cancellationToken);
    }

    private async Task<ResultOutcome> UploadedAsync(ImageStored stored, CancellationToken cancellationToken)
    {
        if (stored is not { ProjectId: { } projectId, SceneId: { } sceneId, Purpose: SceneImagePurpose })
        {
            await unit.SaveChangesAsync(cancellationToken);
            return ResultOutcome.NotOurs;
        }
        return await unit.InTransactionAsync(async () =>
        {
            var project = await projects.LockAsync(projectId, cancellationToken);
            if (project is null || project.CompanyId != stored.CompanyId)
            {
                await unit.SaveChangesAsync(cancellationToken);
                return ResultOutcome.Gone(projectId);
            }
            var added = project.AddUploadedAsset(sceneId, SceneAssetKind.Image, stored.FileId, stored.Width, stored.Height, null, time.GetUtcNow());
            await unit.SaveChangesAsync(cancellationToken);
            return added.IsSuccess ? new ResultOutcome(projectId, "uploaded image kept as a scene asset") : new ResultOutcome(projectId, added.Error.Message);
        }, _ => true, cancellationToken);
    }
}
