using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiVideo.Webhooks.Infrastructure.Persistence.Configurations;

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>, IEntityTypeConfiguration<DeliveryAttempt>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> delivery)
    {
        delivery.ToTable("webhook_deliveries");
        delivery.HasKey(d => d.Id);
        delivery.Property(d => d.MessageId).HasMaxLength(WebhookMessageId.Length);
        delivery.Property(d => d.EventType).HasMaxLength(WebhookDelivery.MaxEventTypeLength);
        delivery.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        delivery.Property(d => d.FailureReason).HasMaxLength(32);
        // The lease is the concurrency token: saving an attempt whose lease another worker took over fails.
        delivery.Property(d => d.LockId).IsConcurrencyToken();
        delivery.HasOne<WebhookEndpoint>().WithMany().HasForeignKey(d => d.EndpointId).OnDelete(DeleteBehavior.Cascade);
        delivery.HasMany(d => d.Attempts).WithOne().HasForeignKey(a => a.DeliveryId).OnDelete(DeleteBehavior.Cascade);
        delivery.Navigation(d => d.Attempts).HasField("_attempts").UsePropertyAccessMode(PropertyAccessMode.Field);
        delivery.HasIndex(d => d.NextAttemptAt, "ix_webhook_deliveries_due").HasFilter("status = 'Pending'");
        delivery.HasIndex(d => d.CompletedAt, "ix_webhook_deliveries_finished").HasFilter("status <> 'Pending'");
        delivery.HasIndex(d => new { d.EndpointId, d.MessageId }).IsUnique();
        delivery.HasIndex(d => new { d.EndpointId, d.Id });
    }

    public void Configure(EntityTypeBuilder<DeliveryAttempt> attempt)
    {
        attempt.ToTable("webhook_delivery_attempts");
        attempt.HasKey(a => new { a.DeliveryId, a.Number });
        attempt.Property(a => a.Number).ValueGeneratedNever();
        attempt.Property(a => a.ResponseExcerpt).HasMaxLength(DeliveryAttempt.MaxResponseExcerptLength);
        attempt.Property(a => a.Error).HasMaxLength(DeliveryAttempt.MaxErrorLength);
    }
}
