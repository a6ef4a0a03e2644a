using AiVideo.Projects.Domain.Posts;

namespace AiVideo.Projects.Application.Abstractions;

/// <summary>The companies' feeds of posts.</summary>
public interface IPosts
{
    void Add(Post post);

    void Remove(Post post);

    Task<Post?> FindAsync(Guid postId, Guid companyId, CancellationToken cancellationToken);

    Task<CursorPage<Post>> ListAsync(Guid companyId, PageRequest page, CancellationToken cancellationToken);
}
