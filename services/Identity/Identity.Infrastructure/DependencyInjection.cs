using AiVideo.BuildingBlocks.Idempotency;
using AiVideo.BuildingBlocks.Inbox;
using AiVideo.BuildingBlocks.Outbox;
using AiVideo.BuildingBlocks.Persistence;
using AiVideo.Identity.Application;
using AiVideo.Identity.Infrastructure.Accounts;
using AiVideo.Identity.Infrastructure.Clients;
using AiVideo.Identity.Infrastructure.Repositories;
using AiVideo.Identity.Infrastructure.Sessions;
using AiVideo.Identity.Infrastructure.Tokens;
using AiVideo.Identity.Infrastructure.TokenServer;
using AiVideo.SharedKernel.Vocabulary;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;

namespace AiVideo.Identity.Infrastructure;

public static class DependencyInjection
{
    /// <summary>The name this service's migrations are recorded under in <c>schema_migrations</c>.</summary>
    public const string MigrationsSource = "identity";

    /// <summary>
    /// identity-api's database (migrated at start-up), outbox, inbox and idempotency store; ASP.NET Core Identity with the
    /// password and lockout rules; the token server (OpenIddict) with its signing keys and clients; the repositories.
    /// </summary>
    public static IHostApplicationBuilder AddIdentityInfrastructure(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IdentityContext>(ResourceNames.IdentityDatabase, typeof(IdentityContext).Assembly, MigrationsSource);
        builder.AddOutbox<IdentityContext>();
        builder.AddInbox<IdentityContext>();
        builder.AddIdempotency<IdentityContext>();

        builder.Services.AddSingleton<IPostConfigureOptions<JwtBearerOptions>, LocalTokenValidation>();
        builder.Services.AddIdentityApplication();
        builder.Services.AddOptions<IdentityTokenOptions>().BindConfiguration(IdentityTokenOptions.SectionName);
        builder.Services.AddOptions<CompanyOptions>().BindConfiguration(CompanyOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.Plans.ContainsKey(o.Plan) && o.Plan.Length <= Domain.Companies.Company.MaxPlanLength,
                "Identity:Companies:Plan must name one of Identity:Companies:Plans (at most 32 characters).")
            .ValidateOnStart();
        builder.Services.AddOptions<TokenIssuerOptions>().BindConfiguration(TokenIssuerOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => Uri.TryCreate(o.Issuer, UriKind.Absolute, out _), "Identity:Issuer must be the absolute public URL of the platform.")
            .ValidateOnStart();

        builder.Services.AddIdentityCore<UserAccount>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.Password.RequiredLength = 10;
                identity.Password.RequireDigit = true;
                identity.Password.RequireLowercase = true;
                identity.Password.RequireUppercase = true;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Password.RequiredUniqueChars = 4;
                identity.Lockout.AllowedForNewUsers = true;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<IdentityContext>();
        builder.Services.Configure<IdentityOptions>(builder.Configuration.GetSection("Identity:Accounts"));

        builder.Services.AddSingleton<PrivateKeyProtector>();
        builder.Services.AddSingleton<SigningKeyStore>();
        builder.Services.AddSingleton<ISigningKeys>(services => services.GetRequiredService<SigningKeyStore>());
        builder.Services.AddHostedService<SigningKeyMaintenance>();
        builder.Services.AddSingleton<IServiceClients, ConfiguredServiceClients>();
        builder.Services.AddHealthChecks().AddCheck<SigningKeysHealthCheck>("signing-keys", tags: ["ready"]);
        builder.Services.AddOptions<SignInThrottleOptions>().BindConfiguration(SignInThrottleOptions.SectionName);
        builder.Services.AddSingleton<SignInThrottling>();
        builder.AddTokenServer();

        builder.Services.AddScoped<IUserAccounts, AspNetUserAccounts>();
        builder.Services.AddScoped<ICompanies, EfCompanies>();
        builder.Services.AddScoped<IInvitations, EfInvitations>();
        builder.Services.AddScoped<IApiKeys, EfApiKeys>();
        builder.Services.AddScoped<ISessions, OpenIddictSessions>();
        builder.Services.AddScoped<IUnitOfWork, Persistence.EfUnitOfWork>();
        builder.Services.AddScoped<IIntegrationEvents, Persistence.OutboxIntegrationEvents>();
        return builder;
    }
}
