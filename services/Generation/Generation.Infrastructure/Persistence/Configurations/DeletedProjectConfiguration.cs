using AiVideo.Generation.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiVideo.Generation.Infrastructure.Persistence.Configurations;

internal sealed class DeletedProjectConfiguration : IEntityTypeConfiguration<DeletedProject>
{
    public void Configure(EntityTypeBuilder<DeletedProject> project)
    {
        project.ToTable("deleted_projects");
        project.HasKey(p => p.ProjectId);
        project.HasIndex(p => p.DeletedAt);
    }
}
