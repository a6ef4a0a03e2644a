using AiVideo.BuildingBlocks.Persistence;
using AiVideo.Identity.Domain.ApiKeys;
using AiVideo.Identity.Domain.Companies;
using AiVideo.Identity.Domain.Invitations;
using AiVideo.Identity.Infrastructure.Accounts;
using AiVideo.Identity.Infrastructure.Tokens;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;

namespace AiVideo.Identity.Infrastructure.Persistence;

/// <summary>
/// identity-api's database: ASP.NET Core Identity's user tables, companies, invitations, API keys, signing keys, sign-in
/// throttles, and the token server's (OpenIddict's) applications, authorizations (sessions), scopes and tokens.
/// </summary>
public sealed class IdentityContext(DbContextOptions<IdentityContext> options) : IdentityUserContext<UserAccount, Guid>(options)
{
    public DbSet<Company> Companies => Set<Company>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<OpenIddictEntityFrameworkCoreToken<Guid>> Tokens => Set<OpenIddictEntityFrameworkCoreToken<Guid>>();

    public DbSet<SigningKey> SigningKeys => Set<SigningKey>();

    public DbSet<SignInThrottle> SignInThrottles => Set<SignInThrottle>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddBuildingBlocks();
        modelBuilder.UseOpenIddict<Guid>();
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreApplication<Guid>>().ToTable("openiddict_applications");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreAuthorization<Guid>>().ToTable("openiddict_authorizations");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreScope<Guid>>().ToTable("openiddict_scopes");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreToken<Guid>>().ToTable("openiddict_tokens");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IdentityContext).Assembly);
        modelBuilder.UseSnakeCaseNames();
    }
}
