using AiVideo.BuildingBlocks.Persistence;

namespace AiVideo.Webhooks.Infrastructure.Persistence;

/// <summary>webhooks-api's database: customers' endpoints, deliveries with their attempts, provider callback receipts, and the building blocks' tables.</summary>
public sealed class WebhooksContext(DbContextOptions<WebhooksContext> options) : DbContext(options)
{
    public DbSet<WebhookEndpoint> Endpoints => Set<WebhookEndpoint>();

    public DbSet<WebhookDelivery> Deliveries => Set<WebhookDelivery>();

    public DbSet<InboundReceipt> Receipts => Set<InboundReceipt>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddBuildingBlocks();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WebhooksContext).Assembly);
        modelBuilder.UseSnakeCaseNames();
    }
}
