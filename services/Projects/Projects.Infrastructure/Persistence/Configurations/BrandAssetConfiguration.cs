using AiVideo.Projects.Domain.Brand;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AiVideo.Projects.Infrastructure.Persistence.Configurations;

/// <summary>The brand kit: type by its upper-case name, value as json (not jsonb: the colours' order, as written, is kept).</summary>
internal sealed class BrandAssetConfiguration : IEntityTypeConfiguration<BrandAsset>
{
    public void Configure(EntityTypeBuilder<BrandAsset> asset)
    {
        asset.ToTable("brand_assets");
        asset.HasKey(a => a.Id);
        asset.Property(a => a.Id).ValueGeneratedNever();
        asset.Property(a => a.Type)
            .HasConversion(new ValueConverter<BrandAssetType, string>(t => BrandAssetTypes.Name(t), s => BrandAssetTypes.Parse(s)))
            .HasMaxLength(16);
        asset.Property(a => a.Value).HasColumnType("json");
        asset.HasIndex(a => new { a.CompanyId, a.Type });
    }
}
