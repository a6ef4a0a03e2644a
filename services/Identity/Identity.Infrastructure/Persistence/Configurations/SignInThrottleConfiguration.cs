using AiVideo.Identity.Infrastructure.Accounts;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiVideo.Identity.Infrastructure.Persistence.Configurations;

internal sealed class SignInThrottleConfiguration : IEntityTypeConfiguration<SignInThrottle>
{
    public void Configure(EntityTypeBuilder<SignInThrottle> throttle)
    {
        throttle.HasKey(t => new { t.NormalizedEmail, t.Client });
        throttle.Property(t => t.NormalizedEmail).HasMaxLength(256);
        throttle.Property(t => t.Client).HasMaxLength(SignInThrottle.MaxClientLength);
        throttle.HasIndex(t => t.UpdatedAt);
    }
}
