using AiVideo.Projects.Domain.Files;

namespace AiVideo.Projects.Application.Files;

/// <summary>
/// Whether file ids a client gave are files of the caller's company, of the kind the field needs. Files projects-api
/// learned from events (or asked about before) are checked against its own record; the others are asked of media-api
/// with this service's token, and what it says is remembered. Another company's file is as unknown as a missing one.
/// </summary>
public sealed class FileChecks(IKnownFiles known, IMediaApi media, TimeProvider time)
{
    /// <summary>Field errors for every file that is not the company's or not of its kind; null when all are fine.</summary>
    /// <exception cref="MediaUnavailableException">media-api could not be asked about a file not seen before.</exception>
    public async Task<Error?> CheckAsync(Guid companyId, IReadOnlyList<FileUse> uses, CancellationToken cancellationToken)
    {
        if (uses.Count == 0)
        {
            return null;
        }
        var files = await FindAsync(companyId, uses.Select(u => u.FileId).Distinct().ToList(), cancellationToken);
        var errors = new Dictionary<string, List<string>>();
        foreach (var use in uses)
        {
            var problem = !files.TryGetValue(use.FileId, out var file)
                ? $"The file {use.FileId} was not found among your company's files."
                : !use.Kind.Matches(file.ContentType)
                    ? $"The file {use.FileId} is {file.ContentType}, not {use.Kind.Name}."
                    : null;
            if (problem is not null)
            {
                (errors.TryGetValue(use.Field, out var list) ? list : errors[use.Field] = []).Add(problem);
            }
        }
        return errors.Count == 0 ? null : Error.Validation(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
    }

    /// <summary>The company's files among <paramref name="fileIds"/>, from the record or from media-api.</summary>
    public async Task<IReadOnlyDictionary<Guid, MediaFile>> FindAsync(Guid companyId, IReadOnlyCollection<Guid> fileIds, CancellationToken cancellationToken)
    {
        var found = (await known.FindAsync(fileIds, cancellationToken))
            .Where(f => f.CompanyId == companyId)
            .ToDictionary(f => f.Id, Of);
        foreach (var fileId in fileIds.Where(id => !found.ContainsKey(id)))
        {
            if (await media.FindFileAsync(companyId, fileId, cancellationToken) is { } file && file.CompanyId == companyId)
            {
                found[fileId] = file;
                await known.RememberAsync(KnownFile.Learn(file.Id, companyId, file.ContentType, file.Status, file.Width, file.Height, file.DurationSeconds,
                    time.GetUtcNow()), cancellationToken);
            }
        }
        return found;
    }

    /// <summary>The file as it is now: the record when it says the file is available, else media-api's word (status changes).</summary>
    public async Task<MediaFile?> CurrentAsync(Guid companyId, Guid fileId, CancellationToken cancellationToken)
    {
        var record = (await known.FindAsync([fileId], cancellationToken)).FirstOrDefault(f => f.CompanyId == companyId);
        if (record is { IsAvailable: true })
        {
            return Of(record);
        }
        if (await media.FindFileAsync(companyId, fileId, cancellationToken) is not { } file || file.CompanyId != companyId)
        {
            return null;
        }
        await known.RememberAsync(KnownFile.Learn(file.Id, companyId, file.ContentType, file.Status, file.Width, file.Height, file.DurationSeconds,
            time.GetUtcNow()), cancellationToken);
        return file;
    }

    private static MediaFile Of(KnownFile file) =>
        new(file.Id, file.CompanyId, file.ContentType, file.Status, file.Width, file.Height, file.DurationSeconds);
}
