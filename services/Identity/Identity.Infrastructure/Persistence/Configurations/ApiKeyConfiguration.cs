using AiVideo.Identity.Domain.ApiKeys;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiVideo.Identity.Infrastructure.Persistence.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> key)
    {
        key.HasKey(k => k.Id);
        key.Property(k => k.Name).HasMaxLength(ApiKey.MaxNameLength);
        key.Property(k => k.Prefix).HasMaxLength(16);
        key.Property(k => k.SecretHash).HasMaxLength(64);
        key.HasIndex(k => k.Prefix).IsUnique();
        key.HasIndex(k => k.CompanyId);
        key.HasOne<Domain.Companies.Company>().WithMany().HasForeignKey(k => k.CompanyId).OnDelete(DeleteBehavior.Cascade);
    }
}
