using AiVideo.Projects.Domain.Files;

namespace AiVideo.Projects.Infrastructure.Persistence.Configurations;

/// <summary>Projects' record of the companies' media files, keyed by media's file id.</summary>
internal sealed class KnownFileConfiguration : IEntityTypeConfiguration<KnownFile>
{
    public void Configure(EntityTypeBuilder<KnownFile> file)
    {
        file.ToTable("known_files");
        file.HasKey(f => f.Id);
        file.Property(f => f.Id).ValueGeneratedNever();
        file.Property(f => f.ContentType).HasMaxLength(KnownFile.MaxContentTypeLength);
        file.Property(f => f.Status).HasMaxLength(KnownFile.MaxStatusLength);
        file.Ignore(f => f.IsAvailable);
    }
}
