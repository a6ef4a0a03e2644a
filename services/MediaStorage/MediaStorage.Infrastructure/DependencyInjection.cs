using AiVideo.BuildingBlocks.Idempotency;
using AiVideo.BuildingBlocks.Inbox;
using AiVideo.BuildingBlocks.Outbox;
using AiVideo.BuildingBlocks.Persistence;
using AiVideo.MediaStorage.Application;
using AiVideo.MediaStorage.Application.Abstractions;
using AiVideo.MediaStorage.Application.Usage;
using AiVideo.MediaStorage.Infrastructure.Repositories;
using AiVideo.ServiceDefaults;
using Microsoft.Extensions.DependencyInjection;
using AiVideo.MediaStorage.Infrastructure.Persistence;
using Microsoft.Extensions.Hosting;

namespace AiVideo.MediaStorage.Infrastructure;

public static class DependencyInjection
{
    /// <summary>The media service's database (migrated at start-up), outbox, inbox and idempotency store.</summary>
    public static IHostApplicationBuilder AddMediaStorageInfrastructure(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<MediaContext>(ResourceNames.MediaDatabase, typeof(MediaContext).Assembly, MigrationsSource);
        builder.AddOutbox<MediaContext>();
        builder.AddInbox<MediaContext>();
        builder.AddIdempotency<MediaContext>();

        builder.Services.AddMediaApplication();
        builder.Services.AddOptions<QuotaOptions>().BindConfiguration(QuotaOptions.SectionName);
        builder.Services.AddScoped<IUsage, EfUsage>();
        return builder;
    }

    /// <summary>The name this service's migrations are recorded under in <c>schema_migrations</c>.</summary>
    public const string MigrationsSource = "media";
}
