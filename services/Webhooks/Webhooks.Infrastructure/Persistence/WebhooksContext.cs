using AiVideo.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AiVideo.Webhooks.Infrastructure.Persistence;

/// <summary>The webhooks service's database: the building blocks' tables and the service's own.</summary>
public sealed class WebhooksContext(DbContextOptions<WebhooksContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddBuildingBlocks();
        modelBuilder.UseSnakeCaseNames();
    }
}
