using AiVideo.Generation.Domain.Usage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiVideo.Generation.Infrastructure.Persistence.Configurations;

internal sealed class ProviderCallConfiguration : IEntityTypeConfiguration<ProviderCall>
{
    public void Configure(EntityTypeBuilder<ProviderCall> call)
    {
        call.ToTable("provider_calls");
        call.HasKey(c => c.Id);
        call.Property(c => c.Id).ValueGeneratedNever();
        call.Property(c => c.Kind).HasMaxLength(ProviderCall.MaxNameLength);
        call.Property(c => c.Provider).HasMaxLength(ProviderCall.MaxNameLength);
        call.Property(c => c.Model).HasMaxLength(ProviderCall.MaxNameLength);
        call.Property(c => c.Unit).HasMaxLength(ProviderCall.MaxNameLength);
        call.Property(c => c.Units).HasPrecision(18, 4);
        call.Property(c => c.Cost).HasPrecision(18, 6);
        call.HasIndex(c => new { c.CompanyId, c.RecordedAt });
    }
}
