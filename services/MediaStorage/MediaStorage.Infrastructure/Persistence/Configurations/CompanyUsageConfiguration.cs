using AiVideo.MediaStorage.Domain.Usage;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiVideo.MediaStorage.Infrastructure.Persistence.Configurations;

internal sealed class CompanyUsageConfiguration : IEntityTypeConfiguration<CompanyUsage>
{
    public void Configure(EntityTypeBuilder<CompanyUsage> usage)
    {
        usage.ToTable("company_usage");
        usage.HasKey(u => u.CompanyId);
    }
}
