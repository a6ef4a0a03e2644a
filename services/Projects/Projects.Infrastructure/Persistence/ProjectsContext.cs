using AiVideo.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AiVideo.Projects.Infrastructure.Persistence;

/// <summary>The projects service's database: the building blocks' tables and the service's own.</summary>
public sealed class ProjectsContext(DbContextOptions<ProjectsContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddBuildingBlocks();
        modelBuilder.UseSnakeCaseNames();
    }
}
