using AiVideo.BuildingBlocks.Persistence;
using AiVideo.MediaStorage.Domain.Files;
using AiVideo.MediaStorage.Domain.Uploads;

namespace AiVideo.MediaStorage.Infrastructure.Persistence;

/// <summary>media-api's database: the file registry, uploads and per-company usage, with the building blocks' tables.</summary>
public sealed class MediaContext(DbContextOptions<MediaContext> options) : DbContext(options)
{
    public DbSet<StoredFile> Files => Set<StoredFile>();

    public DbSet<Upload> Uploads => Set<Upload>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddBuildingBlocks();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MediaContext).Assembly);
        modelBuilder.UseSnakeCaseNames();
    }
}
