using AiVideo.Projects.Domain.Posts;

namespace AiVideo.Projects.Application.Posts;

/// <summary>A post of the company's feed: its text and video (from a project or an upload), with where to play it.</summary>
public sealed record PostView(Guid Id, Guid CompanyId, Guid AuthorId, Guid? ProjectId, Guid FileId, string Text, string PlaybackUrl, string FileUrl, DateTimeOffset CreatedAt)
{
    public static PostView Of(Post post) => new(
        post.Id, post.CompanyId, post.AuthorId, post.ProjectId, post.FileId, post.Text, MediaLinks.Content(post.FileId), MediaLinks.Metadata(post.FileId), post.CreatedAt);
}
