using AiVideo.Identity.Domain.Sessions;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiVideo.Identity.Infrastructure.Persistence.Configurations;

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>, IEntityTypeConfiguration<RefreshToken>
{
    public void Configure(EntityTypeBuilder<Session> session)
    {
        session.HasKey(s => s.Id);
        session.Property(s => s.RevocationReason).HasMaxLength(64);
        session.HasIndex(s => s.UserId);
        session.HasOne<Accounts.UserAccount>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<RefreshToken> token)
    {
        token.HasKey(t => t.Id);
        token.Property(t => t.TokenHash).HasMaxLength(64);
        token.HasIndex(t => t.TokenHash).IsUnique();
        token.HasIndex(t => t.SessionId);
        token.HasOne<Session>().WithMany().HasForeignKey(t => t.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}
