namespace AiVideo.MediaStorage.Application.Files;

/// <summary>A project was deleted: every file of it goes, objects and records, uploads under way included. Safe to run again.</summary>
public sealed class DeleteProjectFiles(IFiles files, IUploads uploads, IUsage usage, FileRemover remover, IUnitOfWork unitOfWork)
{
    public async Task<int> ExecuteAsync(Guid companyId, Guid projectId, CancellationToken cancellationToken)
    {
        return await unitOfWork.InTransactionAsync(async () =>
        {
            var companyUsage = await usage.LockAsync(companyId, cancellationToken);
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
