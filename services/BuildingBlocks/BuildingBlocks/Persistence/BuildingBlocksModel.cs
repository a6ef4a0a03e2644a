using AiVideo.BuildingBlocks.Idempotency;
using AiVideo.BuildingBlocks.Inbox;
using AiVideo.BuildingBlocks.Outbox;

namespace AiVideo.BuildingBlocks.Persistence;

/// <summary>The tables every service database holds (created by the building blocks' own migrations).</summary>
public static class BuildingBlocksModel
{
    public static ModelBuilder AddBuildingBlocks(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox_messages");
            outbox.HasKey(m => m.Id);
            outbox.Property(m => m.Sequence).UseIdentityAlwaysColumn();
            outbox.Property(m => m.Payload).HasColumnType("jsonb");
            outbox.HasIndex(m => new { m.NextAttemptAt, m.Sequence }).HasDatabaseName("ix_outbox_messages_pending").HasFilter("published_at IS NULL AND dead_lettered_at IS NULL");
            outbox.HasIndex(m => m.DeadLetteredAt).HasFilter("dead_lettered_at IS NOT NULL");
            outbox.HasIndex(m => m.PublishedAt).HasFilter("published_at IS NOT NULL");
        });
        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("inbox_messages");
            inbox.HasKey(m => new { m.MessageId, m.Consumer });
            inbox.HasIndex(m => m.ProcessedAt);
        });
        modelBuilder.Entity<IdempotencyRecord>(record =>
        {
            record.ToTable("idempotency_keys");
            record.HasKey(r => new { r.Scope, r.Key });
            record.HasIndex(r => r.ExpiresAt);
        });
        return modelBuilder;
    }
}
