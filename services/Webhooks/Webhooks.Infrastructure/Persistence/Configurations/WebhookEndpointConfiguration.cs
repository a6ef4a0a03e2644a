using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiVideo.Webhooks.Infrastructure.Persistence.Configurations;

internal sealed class WebhookEndpointConfiguration : IEntityTypeConfiguration<WebhookEndpoint>
{
    public void Configure(EntityTypeBuilder<WebhookEndpoint> endpoint)
    {
        endpoint.ToTable("webhook_endpoints");
        endpoint.HasKey(e => e.Id);
        endpoint.Ignore(e => e.IsEnabled);
        endpoint.Property(e => e.Url).HasMaxLength(EndpointUrl.MaxLength);
        endpoint.Property(e => e.EventTypes).HasColumnType("text[]");
        endpoint.Property(e => e.Description).HasMaxLength(WebhookEndpoint.MaxDescriptionLength);
        endpoint.Property(e => e.DisabledReason).HasConversion<string>().HasMaxLength(16);
        endpoint.Property(e => e.Version).IsRowVersion().HasColumnName("xmin");
        endpoint.HasIndex(e => new { e.CompanyId, e.Id });
    }
}
