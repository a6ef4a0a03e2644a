using AiVideo.Identity.Infrastructure.Accounts;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiVideo.Identity.Infrastructure.Persistence.Configurations;

internal sealed class UserAccountConfiguration : IEntityTypeConfiguration<UserAccount>
{
    public void Configure(EntityTypeBuilder<UserAccount> user)
    {
        user.Property(u => u.Name).HasMaxLength(UserAccount.MaxNameLength);
    }
}
