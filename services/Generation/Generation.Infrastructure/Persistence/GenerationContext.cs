using AiVideo.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AiVideo.Generation.Infrastructure.Persistence;

/// <summary>The generation service's database: the building blocks' tables and the service's own.</summary>
public sealed class GenerationContext(DbContextOptions<GenerationContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddBuildingBlocks();
        modelBuilder.UseSnakeCaseNames();
    }
}
