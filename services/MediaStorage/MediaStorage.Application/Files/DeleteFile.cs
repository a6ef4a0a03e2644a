namespace AiVideo.MediaStorage.Application.Files;

/// <summary>Deletes a file: its object, then its record and its share of the company's usage. Admins delete any file, members their own.</summary>
public sealed class DeleteFile(IFiles files, IUploads uploads, IUsage usage, FileRemover remover, IUnitOfWork unitOfWork)
{
    public async Task<Result> ExecuteAsync(FileOwner owner, Guid fileId, CancellationToken cancellationToken)
    {
        return await unitOfWork.InTransactionAsync<Result>(async () =>
        {
            var companyUsage = await usage.LockAsync(owner.CompanyId, cancellationToken);
            var file = await files.FindAsync(fileId, owner.CompanyId, cancellationToken);
            if (file is null)
            {
                return Error.NotFound("file");
            }
            if (!owner.Manages(file))
            {
                return Error.Forbidden("Only a company admin or the uploader can delete this file.");
            }
            await remover.RemoveAsync(file, await uploads.ForFileAsync(file.Id, cancellationToken), companyUsage, cancellationToken);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return Result.Success;
        }, cancellationToken);
    }
}
