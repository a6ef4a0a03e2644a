using AiVideo.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AiVideo.Identity.Infrastructure.Persistence;

/// <summary>The identity service's database: the building blocks' tables and the service's own.</summary>
public sealed class IdentityContext(DbContextOptions<IdentityContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddBuildingBlocks();
        modelBuilder.UseSnakeCaseNames();
    }
}
