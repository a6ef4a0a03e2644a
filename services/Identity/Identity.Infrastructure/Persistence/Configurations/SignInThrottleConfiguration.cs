using AiVideo.Identity.Infrastructure.Accounts;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiVideo.Identity.Infrastructure.Persistence.Configurations;

internal sealed class SignInThrottleConfiguration : IEntityTypeConfiguration<SignInThrottle>
{
    public void Configure(EntityTypeBuilder<SignInThrottle> throttle)
    {
        throttle.HasKey(t => t.NormalizedEmail);
        throttle.Property(t => t.NormalizedEmail).HasMaxLength(256);
        throttle.HasIndex(t => t.UpdatedAt);
    }
}
