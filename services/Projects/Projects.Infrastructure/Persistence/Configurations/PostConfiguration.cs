using AiVideo.Projects.Domain.Posts;

namespace AiVideo.Projects.Infrastructure.Persistence.Configurations;

/// <summary>Posts: the company feed is keyset-paged newest first by the UUIDv7 id.</summary>
internal sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> post)
    {
        post.ToTable("posts");
        post.HasKey(p => p.Id);
        post.Property(p => p.Id).ValueGeneratedNever();
        post.Property(p => p.Text).HasMaxLength(Post.MaxTextLength);
        post.HasIndex(p => new { p.CompanyId, p.Id });
        post.HasIndex(p => p.ProjectId);
    }
}
