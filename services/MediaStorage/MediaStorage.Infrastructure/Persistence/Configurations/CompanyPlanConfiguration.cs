using AiVideo.MediaStorage.Domain.Usage;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiVideo.MediaStorage.Infrastructure.Persistence.Configurations;

internal sealed class CompanyPlanConfiguration : IEntityTypeConfiguration<CompanyPlan>
{
    public void Configure(EntityTypeBuilder<CompanyPlan> plan)
    {
        plan.ToTable("company_plans");
        plan.HasKey(p => p.CompanyId);
        plan.HasIndex(p => p.StoragePoolId);
    }
}
