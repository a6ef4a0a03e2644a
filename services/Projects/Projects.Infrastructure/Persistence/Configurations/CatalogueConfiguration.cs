using AiVideo.Projects.Domain.Catalogue;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AiVideo.Projects.Infrastructure.Persistence.Configurations;

/// <summary>The car catalogue: models, their variants, the variants' media; deleting a model deletes what hangs off it.</summary>
internal sealed class CatalogueConfiguration :
    IEntityTypeConfiguration<CarModel>, IEntityTypeConfiguration<CarVariant>, IEntityTypeConfiguration<CarMedia>
{
    public void Configure(EntityTypeBuilder<CarModel> model)
    {
        model.ToTable("car_models");
        model.HasKey(m => m.Id);
        model.Property(m => m.Id).ValueGeneratedNever();
        model.Property(m => m.Make).HasMaxLength(CarModel.MaxNameLength);
        model.Property(m => m.Name).HasMaxLength(CarModel.MaxNameLength);
        model.Property(m => m.BodyType).HasMaxLength(16);
        model.HasIndex(m => new { m.CompanyId, m.Id });
    }

    public void Configure(EntityTypeBuilder<CarVariant> variant)
    {
        variant.ToTable("car_variants");
        variant.HasKey(v => v.Id);
        variant.Property(v => v.Id).ValueGeneratedNever();
        variant.Property(v => v.Trim).HasMaxLength(CarVariant.MaxTrimLength);
        variant.Property(v => v.Color).HasMaxLength(CarVariant.MaxColorLength);
        variant.HasOne<CarModel>().WithMany().HasForeignKey(v => v.ModelId).OnDelete(DeleteBehavior.Cascade);
        variant.HasIndex(v => new { v.ModelId, v.Id });
        variant.HasIndex(v => v.CompanyId);
    }

    public void Configure(EntityTypeBuilder<CarMedia> media)
    {
        media.ToTable("car_media");
        media.HasKey(m => m.Id);
        media.Property(m => m.Id).ValueGeneratedNever();
        media.Property(m => m.Type)
            .HasConversion(new ValueConverter<CarMediaType, string>(t => CarMediaTypes.Name(t), s => CarMediaTypes.Parse(s)))
            .HasMaxLength(16);
        media.HasOne<CarVariant>().WithMany().HasForeignKey(m => m.VariantId).OnDelete(DeleteBehavior.Cascade);
        media.HasIndex(m => new { m.VariantId, m.Id });
        media.HasIndex(m => m.CompanyId);
    }
}
