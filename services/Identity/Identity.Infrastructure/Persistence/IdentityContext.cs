using AiVideo.BuildingBlocks.Persistence;
using AiVideo.Identity.Domain.ApiKeys;
using AiVideo.Identity.Domain.Companies;
using AiVideo.Identity.Domain.Invitations;
using AiVideo.Identity.Domain.Sessions;
using AiVideo.Identity.Infrastructure.Accounts;
using AiVideo.Identity.Infrastructure.Tokens;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace AiVideo.Identity.Infrastructure.Persistence;

/// <summary>identity-api's database: ASP.NET Core Identity's user tables, companies, invitations, API keys, sessions, signing keys.</summary>
public sealed class IdentityContext(DbContextOptions<IdentityContext> options) : IdentityUserContext<UserAccount, Guid>(options)
{
    public DbSet<Company> Companies => Set<Company>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<Session> Sessions => Set<Session>();

    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    public DbSet<SigningKey> SigningKeys => Set<SigningKey>();

    public DbSet<SignInThrottle> SignInThrottles => Set<SignInThrottle>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddBuildingBlocks();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IdentityContext).Assembly);
        modelBuilder.UseSnakeCaseNames();
    }
}
