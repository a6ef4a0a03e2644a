using AiVideo.Generation.Domain.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiVideo.Generation.Infrastructure.Persistence.Configurations;

internal sealed class GenerationJobConfiguration : IEntityTypeConfiguration<GenerationJob>
{
    /// <summary>The kinds the video API lists, as the filter of its index.</summary>
    public const string VideoKindsFilter = "kind IN ('text_to_video', 'remix') AND deleted_at IS NULL";

    public void Configure(EntityTypeBuilder<GenerationJob> job)
    {
        job.ToTable("generation_jobs");
        job.HasKey(j => j.Id);
        job.Ignore(j => j.IsActive);
        job.Property(j => j.Kind).HasMaxLength(32);
        job.Property(j => j.Provider).HasMaxLength(GenerationJob.MaxProviderLength);
        job.Property(j => j.Model).HasMaxLength(GenerationJob.MaxModelLength);
        job.Property(j => j.Payload).HasColumnType("jsonb");
        job.Property(j => j.Output).HasColumnType("jsonb");
        job.Property(j => j.Status).HasConversion(s => JobStatuses.Name(s), s => JobStatuses.Parse(s)).HasMaxLength(16);
        job.Property(j => j.Stage).HasMaxLength(GenerationJob.MaxStageLength);
        job.Property(j => j.LeaseOwner).HasMaxLength(200);
        job.Property(j => j.ErrorCode).HasMaxLength(64);
        job.Property(j => j.ErrorMessage).HasMaxLength(JobFailure.MaxMessageLength);
        job.Property(j => j.CancelReason).HasMaxLength(200);
        job.HasIndex(j => j.RequestId).IsUnique();
        job.HasIndex(j => new { j.Provider, j.DueAt }, "ix_generation_jobs_queued").HasFilter("status = 'queued'");
        job.HasIndex(j => new { j.Provider, j.LeaseExpiresAt }, "ix_generation_jobs_running").HasFilter("status = 'running'");
        job.HasIndex(j => new { j.CompanyId, j.LeaseExpiresAt }, "ix_generation_jobs_company_running").HasFilter("status = 'running'");
        job.HasIndex(j => new { j.CompanyId, j.ClaimedAt });
        job.HasIndex(j => new { j.CompanyId, j.ProjectId }, "ix_generation_jobs_project_active").HasFilter("status IN ('queued', 'running')");
        job.HasIndex(j => new { j.CompanyId, j.Id }, "ix_generation_jobs_videos").HasFilter(VideoKindsFilter);
    }
}
