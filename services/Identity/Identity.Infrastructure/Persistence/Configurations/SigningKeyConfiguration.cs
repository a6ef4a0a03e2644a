using AiVideo.Identity.Infrastructure.Tokens;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiVideo.Identity.Infrastructure.Persistence.Configurations;

internal sealed class SigningKeyConfiguration : IEntityTypeConfiguration<SigningKey>
{
    public void Configure(EntityTypeBuilder<SigningKey> key)
    {
        key.HasKey(k => k.KeyId);
        key.Property(k => k.KeyId).HasMaxLength(64);
        key.Property(k => k.Algorithm).HasMaxLength(16);
    }
}
