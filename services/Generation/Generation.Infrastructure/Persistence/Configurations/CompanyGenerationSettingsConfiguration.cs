using AiVideo.Generation.Domain.Companies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiVideo.Generation.Infrastructure.Persistence.Configurations;

internal sealed class CompanyGenerationSettingsConfiguration : IEntityTypeConfiguration<CompanyGenerationSettings>
{
    public void Configure(EntityTypeBuilder<CompanyGenerationSettings> settings)
    {
        settings.ToTable("company_generation_settings");
        settings.HasKey(s => s.CompanyId);
        settings.Property(s => s.DefaultProvider).HasMaxLength(CompanyGenerationSettings.MaxProviderLength);
        settings.Property(s => s.Plan).HasMaxLength(CompanyGenerationSettings.MaxPlanLength);
    }
}
