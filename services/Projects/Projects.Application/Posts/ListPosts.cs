namespace AiVideo.Projects.Application.Posts;

/// <summary><c>GET /api/posts</c>: the company's feed, newest first.</summary>
public sealed class ListPosts(IPosts posts)
{
    public async Task<Result<CursorPage<PostView>>> ExecuteAsync(Actor actor, PageRequest page, CancellationToken cancellationToken) =>
        Paging.CheckCursor(page) is { } cursor
            ? Error.Validation("cursor", cursor)
            : (await posts.ListAsync(actor.CompanyId, page, cancellationToken)).Map(PostView.Of);
}
