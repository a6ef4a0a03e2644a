using AiVideo.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AiVideo.MediaStorage.Infrastructure.Persistence;

/// <summary>The media service's database: the building blocks' tables and the service's own.</summary>
public sealed class MediaContext(DbContextOptions<MediaContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddBuildingBlocks();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MediaContext).Assembly);
        modelBuilder.UseSnakeCaseNames();
    }
}
