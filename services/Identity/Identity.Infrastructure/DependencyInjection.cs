using AiVideo.BuildingBlocks.Idempotency;
using AiVideo.BuildingBlocks.Inbox;
using AiVideo.BuildingBlocks.Outbox;
using AiVideo.BuildingBlocks.Persistence;
using AiVideo.ServiceDefaults;
using AiVideo.Identity.Infrastructure.Persistence;
using Microsoft.Extensions.Hosting;

namespace AiVideo.Identity.Infrastructure;

public static class DependencyInjection
{
    /// <summary>The identity service's database (migrated at start-up), outbox, inbox and idempotency store.</summary>
    public static IHostApplicationBuilder AddIdentityInfrastructure(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IdentityContext>(ResourceNames.IdentityDatabase, typeof(IdentityContext).Assembly, MigrationsSource);
        builder.AddOutbox<IdentityContext>();
        builder.AddInbox<IdentityContext>();
        builder.AddIdempotency<IdentityContext>();
        return builder;
    }

    /// <summary>The name this service's migrations are recorded under in <c>schema_migrations</c>.</summary>
    public const string MigrationsSource = "identity";
}
