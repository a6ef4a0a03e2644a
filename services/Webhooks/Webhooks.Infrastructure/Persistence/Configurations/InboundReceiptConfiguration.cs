using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiVideo.Webhooks.Infrastructure.Persistence.Configurations;

internal sealed class InboundReceiptConfiguration : IEntityTypeConfiguration<InboundReceipt>
{
    public void Configure(EntityTypeBuilder<InboundReceipt> receipt)
    {
        receipt.ToTable("inbound_receipts");
        receipt.HasKey(r => r.Id);
        receipt.Property(r => r.Provider).HasMaxLength(InboundReceipt.MaxProviderLength);
        receipt.Property(r => r.EventId).HasMaxLength(InboundReceipt.MaxEventIdLength);
        receipt.Property(r => r.EventType).HasMaxLength(InboundReceipt.MaxEventTypeLength);
        receipt.Property(r => r.ProviderJobId).HasMaxLength(InboundReceipt.MaxProviderJobIdLength);
        receipt.HasIndex(r => new { r.Provider, r.EventId }).IsUnique();
        receipt.HasIndex(r => r.ReceivedAt);
    }
}
