namespace AiVideo.Projects.Application.Posts;

/// <summary><c>DELETE /api/posts/{id}</c>: by its author or a company admin.</summary>
public sealed class DeletePost(IPosts posts, IUnitOfWork unit)
{
    public async Task<Result> ExecuteAsync(Actor actor, Guid postId, CancellationToken cancellationToken)
    {
        if (await posts.FindAsync(postId, actor.CompanyId, cancellationToken) is not { } post)
        {
            return Error.NotFound("post");
        }
        if (!actor.IsAdmin && post.AuthorId != actor.UserId)
        {
            return Error.Forbidden("Only the post's author or a company admin can delete it.");
        }
        posts.Remove(post);
        await unit.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }
}
