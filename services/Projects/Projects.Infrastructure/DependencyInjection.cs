using AiVideo.BuildingBlocks.Idempotency;
using AiVideo.BuildingBlocks.Inbox;
using AiVideo.BuildingBlocks.Outbox;
using AiVideo.BuildingBlocks.Persistence;
using AiVideo.Projects.Application;
using AiVideo.Projects.Application.Activity;
using AiVideo.Projects.Application.Providers;
using AiVideo.Projects.Infrastructure.Activity;
using AiVideo.Projects.Infrastructure.Media;
using AiVideo.Projects.Infrastructure.Repositories;
using AiVideo.ServiceDefaults.Authentication;
using AiVideo.SharedKernel.Vocabulary;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AiVideo.Projects.Infrastructure;

public static class DependencyInjection
{
    /// <summary>The name this service's migrations are recorded under in <c>schema_migrations</c>.</summary>
    public const string MigrationsSource = "projects";

    /// <summary>
    /// projects-api's database (migrated at start-up), outbox, inbox and idempotency store; the live activity fan-out over
    /// Redis (<c>ConnectionStrings__redis</c>); the media-api client (service discovery of <c>media-api</c>, service
    /// token); the use cases and the stores they use; a clock in the database's precision (microseconds).
    /// </summary>
    public static IHostApplicationBuilder AddProjectsInfrastructure(this IHostApplicationBuilder builder)
    {
        builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new DatabaseClock(TimeProvider.System)));
        builder.AddServiceDatabase<ProjectsContext>(ResourceNames.ProjectsDatabase, typeof(ProjectsContext).Assembly, MigrationsSource);
        builder.AddOutbox<ProjectsContext>();
        builder.AddInbox<ProjectsContext>();
        builder.AddIdempotency<ProjectsContext>();

        builder.AddRedisClient(ResourceNames.Redis);
        builder.Services.AddOptions<ProjectEventsOptions>().BindConfiguration(ProjectEventsOptions.SectionName)
            .Validate(o => o.HeartbeatInterval > TimeSpan.Zero && o.HistoryBatchSize > 0, "Projects:Events needs a positive HeartbeatInterval and HistoryBatchSize.")
            .ValidateOnStart();
        builder.Services.AddOptions<ActivityFeedOptions>().BindConfiguration(ProjectEventsOptions.SectionName)
            .Validate(o => o.SubscriberQueueLength > 0, "Projects:Events:SubscriberQueueLength is positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton<ActivityFanOut>();
        builder.Services.AddSingleton<ActivityFanOutInterceptor>();
        builder.Services.ConfigureDbContext<ProjectsContext>((services, options) =>
            options.AddInterceptors(services.GetRequiredService<ActivityFanOutInterceptor>()));
        builder.Services.AddSingleton<IActivityFeed, RedisActivityFeed>();

        builder.Services.AddHttpClient<IMediaApi, MediaApiClient>(client => client.BaseAddress = new Uri($"http://{ResourceNames.MediaApi}/"))
            .AddServiceToken();
        builder.Services.AddHttpClient<Generation.GenerationApiClient>(client => client.BaseAddress = new Uri($"http://{ResourceNames.GenerationApi}/"))
            .AddServiceToken();
        builder.Services.AddSingleton<IGenerationProviders, Generation.CachedGenerationProviders>();

        builder.Services.AddProjectsApplication();
        builder.Services.AddScoped<IProjects, EfProjects>();
        builder.Services.AddScoped<IProjectActivity, EfProjectActivity>();
        builder.Services.AddScoped<IBrandAssets, EfBrandAssets>();
        builder.Services.AddScoped<ICatalogue, EfCatalogue>();
        builder.Services.AddScoped<IPosts, EfPosts>();
        builder.Services.AddScoped<IKnownFiles, EfKnownFiles>();
        builder.Services.AddScoped<IUnitOfWork, EfUnitOfWork>();
        builder.Services.AddScoped<IIntegrationEvents, OutboxIntegrationEvents>();
        return builder;
    }
}
