namespace AiVideo.Projects.Application.Posts;

/// <summary><c>GET /api/posts/{id}</c>.</summary>
public sealed class GetPost(IPosts posts)
{
    public async Task<Result<PostView>> ExecuteAsync(Actor actor, Guid postId, CancellationToken cancellationToken) =>
        await posts.FindAsync(postId, actor.CompanyId, cancellationToken) is { } post ? PostView.Of(post) : Error.NotFound("post");
}
