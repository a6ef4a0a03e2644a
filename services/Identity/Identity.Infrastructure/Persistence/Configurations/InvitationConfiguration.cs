using AiVideo.Identity.Domain.Invitations;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiVideo.Identity.Infrastructure.Persistence.Configurations;

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> invitation)
    {
        invitation.HasKey(i => i.Id);
        invitation.Property(i => i.Email).HasMaxLength(254);
        invitation.Property(i => i.NormalizedEmail).HasMaxLength(254);
        invitation.Property(i => i.Role).HasConversion<string>().HasMaxLength(16);
        invitation.Property(i => i.TokenHash).HasMaxLength(64);
        invitation.HasIndex(i => i.TokenHash).IsUnique();
        invitation.HasIndex(i => i.CompanyId);
        invitation.HasOne<Domain.Companies.Company>().WithMany().HasForeignKey(i => i.CompanyId).OnDelete(DeleteBehavior.Cascade);
    }
}
