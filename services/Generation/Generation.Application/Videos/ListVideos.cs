using AiVideo.SharedKernel.Paging;

namespace AiVideo.Generation.Application.Videos;

/// <summary>The company's videos: newest first by cursor (<c>/api/videos</c>), or in either order after a given video (<c>/v1/videos</c>).</summary>
public sealed class ListVideos(IJobs jobs)
{
    public async Task<CursorPage<VideoView>> ExecuteAsync(Guid companyId, PageRequest page, CancellationToken cancellationToken) =>
        (await jobs.ListVideosAsync(companyId, page, cancellationToken)).Map(VideoView.Of);

    /// <summary>Up to <paramref name="limit"/> videos after <paramref name="after"/> (which must be one of the company's videos), and whether more follow.</summary>
    public async Task<Result<(IReadOnlyList<VideoView> Videos, bool HasMore)>> AfterAsync(
        Guid companyId, Guid? after, int limit, bool ascending, CancellationToken cancellationToken)
    {
        if (after is { } id && await GetVideo.FindAsync(jobs, companyId, id, cancellationToken) is null)
        {
            return Error.Validation("after", "The video to list after was not found.");
        }
        var page = await jobs.ListVideosAfterAsync(companyId, after, limit + 1, ascending, cancellationToken);
        return (page.Take(limit).Select(VideoView.Of).ToList(), page.Count > limit);
    }
}
