using AiVideo.Projects.Domain.Activity;
using AiVideo.Projects.Domain.Projects;

namespace AiVideo.Projects.Infrastructure.Persistence.Configurations;

/// <summary>A project's history, keyed (project, sequence): resuming after entry n reads the key range after it.</summary>
internal sealed class ProjectActivityConfiguration : IEntityTypeConfiguration<ProjectActivity>
{
    public void Configure(EntityTypeBuilder<ProjectActivity> activity)
    {
        activity.ToTable("project_activity");
        activity.HasKey(a => new { a.ProjectId, a.Sequence });
        activity.Property(a => a.Sequence).ValueGeneratedNever();
        activity.Property(a => a.Type).AsWireName();
        activity.Property(a => a.Status).HasMaxLength(32);
        activity.Property(a => a.Message).HasMaxLength(ProjectActivity.MaxMessageLength);
        activity.HasOne<Project>().WithMany().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
