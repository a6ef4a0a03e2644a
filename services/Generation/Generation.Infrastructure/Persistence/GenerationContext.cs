using AiVideo.BuildingBlocks.Persistence;
using AiVideo.Generation.Domain.Companies;
using AiVideo.Generation.Domain.Jobs;
using AiVideo.Generation.Domain.Projects;
using AiVideo.Generation.Domain.Usage;
using Microsoft.EntityFrameworkCore;

namespace AiVideo.Generation.Infrastructure.Persistence;

/// <summary>The generation service's database: the job table, the deleted projects, the companies' provider settings and the provider calls, with the building blocks' tables (outbox, inbox, idempotency).</summary>
public sealed class GenerationContext(DbContextOptions<GenerationContext> options) : DbContext(options)
{
    public DbSet<GenerationJob> Jobs => Set<GenerationJob>();

    public DbSet<DeletedProject> DeletedProjects => Set<DeletedProject>();

    public DbSet<CompanyGenerationSettings> CompanySettings => Set<CompanyGenerationSettings>();

    public DbSet<ProviderCall> ProviderCalls => Set<ProviderCall>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddBuildingBlocks();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GenerationContext).Assembly);
        modelBuilder.UseSnakeCaseNames();
    }
}
