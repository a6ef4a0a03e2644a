using AiVideo.SharedKernel.Paging;

namespace AiVideo.MediaStorage.Application.Files;

/// <summary>The company's files, newest first, optionally of one project or one kind of media.</summary>
public sealed class ListFiles(IFiles files)
{
    public async Task<Result<CursorPage<FileView>>> ExecuteAsync(FileOwner owner, Guid? projectId, string? kind, PageRequest page, CancellationToken cancellationToken)
    {
        MediaKind? mediaKind = null;
        if (kind is not null)
        {
            if (!Enum.TryParse<MediaKind>(kind, ignoreCase: true, out var parsed) || int.TryParse(kind, out _))
            {
                return Error.Validation("kind", $"The kind is one of: {string.Join(", ", Enum.GetNames<MediaKind>().Select(n => n.ToLowerInvariant()))}.");
            }
            mediaKind = parsed;
        }
        return (await files.ListAsync(owner.CompanyId, projectId, mediaKind, page, cancellationToken)).Map(f => FileView.Of(f));
    }
}
