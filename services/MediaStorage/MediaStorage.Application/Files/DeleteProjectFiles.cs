using AiVideo.MediaStorage.Domain.Projects;

namespace AiVideo.MediaStorage.Application.Files;

/// <summary>
/// A project was deleted: it is remembered as deleted (from now on no file of it is stored, see
/// <see cref="Projects.DeletedProjectRule"/>) and every file of it goes, objects and records, uploads under way included,
/// in one transaction under the company's usage lock. Safe to run again.
/// </summary>
public sealed class DeleteProjectFiles(
    IFiles files, IUploads uploads, IUsage usage, IDeletedProjects deletedProjects, FileRemover remover, IUnitOfWork unitOfWork, TimeProvider time)
{
    public async Task<int> ExecuteAsync(Guid companyId, Guid projectId, CancellationToken cancellationToken)
    {
        return await unitOfWork.InTransactionAsync(async () =>
        {
            var companyUsage = await usage.LockAsync(companyId, cancellationToken);
            await deletedProjects.RememberAsync(DeletedProject.Of(projectId, companyId, time.GetUtcNow()), cancellationToken);
            var projectFiles = await files.OfProjectAsync(companyId, projectId, cancellationToken);
            foreach (var file in projectFiles)
            {
                await remover.RemoveAsync(file, await uploads.ForFileAsync(file.Id, cancellationToken), companyUsage, cancellationToken);
            }
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return projectFiles.Count;
        }, cancellationToken);
    }
}
