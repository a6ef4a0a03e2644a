using AiVideo.BuildingBlocks.Persistence;
using AiVideo.Generation.Domain.Jobs;
using AiVideo.Generation.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace AiVideo.Generation.Infrastructure.Persistence;

/// <summary>The generation service's database: the job table and the deleted projects, with the building blocks' tables (outbox, inbox, idempotency).</summary>
public sealed class GenerationContext(DbContextOptions<GenerationContext> options) : DbContext(options)
{
    public DbSet<GenerationJob> Jobs => Set<GenerationJob>();

    public DbSet<DeletedProject> DeletedProjects => Set<DeletedProject>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddBuildingBlocks();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GenerationContext).Assembly);
        modelBuilder.UseSnakeCaseNames();
    }
}
