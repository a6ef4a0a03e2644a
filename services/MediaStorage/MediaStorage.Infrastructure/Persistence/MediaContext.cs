using AiVideo.BuildingBlocks.Persistence;
using AiVideo.MediaStorage.Domain.Files;
using AiVideo.MediaStorage.Domain.Projects;
using AiVideo.MediaStorage.Domain.Uploads;

namespace AiVideo.MediaStorage.Infrastructure.Persistence;

/// <summary>media-api's database: the file registry, uploads, per-company usage and the deleted projects, with the building blocks' tables.</summary>
public sealed class MediaContext(DbContextOptions<MediaContext> options) : DbContext(options)
{
    public DbSet<StoredFile> Files => Set<StoredFile>();

    public DbSet<Upload> Uploads => Set<Upload>();

    public DbSet<DeletedProject> DeletedProjects => Set<DeletedProject>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddBuildingBlocks();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MediaContext).Assembly);
        modelBuilder.UseSnakeCaseNames();
    }
}
