using AiVideo.Identity.Domain.Companies;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiVideo.Identity.Infrastructure.Persistence.Configurations;

internal sealed class CompanyConfiguration : IEntityTypeConfiguration<Company>, IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Company> company)
    {
        company.HasKey(c => c.Id);
        company.Property(c => c.Name).HasMaxLength(Company.MaxNameLength);
        company.Property(c => c.Plan).HasMaxLength(Company.MaxPlanLength);
        company.HasIndex(c => c.FoundedBy);
        company.Property(c => c.Version).IsRowVersion().HasColumnName("xmin");
        company.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.CompanyId).OnDelete(DeleteBehavior.Cascade);
        company.Navigation(c => c.Members).HasField("_members").UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    public void Configure(EntityTypeBuilder<Membership> membership)
    {
        membership.HasKey(m => new { m.CompanyId, m.UserId });
        membership.Property(m => m.Role).HasConversion<string>().HasMaxLength(16);
        membership.HasIndex(m => m.UserId);
        membership.HasOne<Accounts.UserAccount>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
