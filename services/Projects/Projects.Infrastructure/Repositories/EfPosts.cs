using AiVideo.BuildingBlocks.Paging;
using AiVideo.Projects.Domain.Posts;
using AiVideo.SharedKernel.Paging;

namespace AiVideo.Projects.Infrastructure.Repositories;

internal sealed class EfPosts(ProjectsContext db) : IPosts
{
    public void Add(Post post) => db.Posts.Add(post);

    public void Remove(Post post) => db.Posts.Remove(post);

    public Task<Post?> FindAsync(Guid postId, Guid companyId, CancellationToken cancellationToken) =>
        db.Posts.FirstOrDefaultAsync(p => p.Id == postId && p.CompanyId == companyId, cancellationToken);

    public Task<CursorPage<Post>> ListAsync(Guid companyId, PageRequest page, CancellationToken cancellationToken) =>
        db.Posts.AsNoTracking().Where(p => p.CompanyId == companyId).ToCursorPageAsync(p => p.Id, page, cancellationToken);
}
