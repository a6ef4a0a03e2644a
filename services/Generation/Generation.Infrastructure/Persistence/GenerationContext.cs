using AiVideo.BuildingBlocks.Persistence;
using AiVideo.Generation.Domain.Jobs;
using Microsoft.EntityFrameworkCore;

namespace AiVideo.Generation.Infrastructure.Persistence;

/// <summary>The generation service's database: the job table, with the building blocks' tables (outbox, inbox, idempotency).</summary>
public sealed class GenerationContext(DbContextOptions<GenerationContext> options) : DbContext(options)
{
    public DbSet<GenerationJob> Jobs => Set<GenerationJob>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddBuildingBlocks();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GenerationContext).Assembly);
        modelBuilder.UseSnakeCaseNames();
    }
}
