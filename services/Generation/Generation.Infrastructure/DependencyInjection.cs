using AiVideo.BuildingBlocks.Idempotency;
using AiVideo.BuildingBlocks.Inbox;
using AiVideo.BuildingBlocks.Maintenance;
using AiVideo.BuildingBlocks.Outbox;
using AiVideo.BuildingBlocks.Persistence;
using AiVideo.Generation.Application;
using AiVideo.Generation.Application.Jobs;
using AiVideo.Generation.Application.Providers;
using AiVideo.Generation.Infrastructure.Jobs;
using AiVideo.Generation.Infrastructure.Local;
using AiVideo.Generation.Infrastructure.MediaApi;
using AiVideo.Generation.Infrastructure.Persistence;
using AiVideo.Generation.Application.Usage;
using AiVideo.Generation.Infrastructure.Providers;
using AiVideo.Generation.Infrastructure.Providers.Cloud;
using AiVideo.ServiceDefaults.Authentication;
using AiVideo.SharedKernel.Vocabulary;
using Microsoft.Extensions.Hosting;

namespace AiVideo.Generation.Infrastructure;

public static class DependencyInjection
{
    /// <summary>The name this service's migrations are recorded under in <c>schema_migrations</c>.</summary>
    public const string MigrationsSource = "generation";

    /// <summary>
    /// The generation service: its database (migrated at start-up) with the job table, the deleted projects (forgotten by
    /// the retention sweep after <c>Retention:DeletedProjects</c>), outbox, inbox and idempotency store; the use cases;
    /// the providers (the offline <c>local</c> one, validated at start: tools, font; the cloud ones configured in
    /// <c>Generation:Providers</c>, each with its resilient HTTP client) and the record of their calls; media-api's client with the service
    /// token; and, unless <c>Generation:Jobs:RunWorkers</c> is false, the job worker.
    /// </summary>
    public static IHostApplicationBuilder AddGenerationInfrastructure(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<GenerationContext>(ResourceNames.GenerationDatabase, typeof(GenerationContext).Assembly, MigrationsSource);
        builder.AddOutbox<GenerationContext>();
        builder.AddInbox<GenerationContext>();
        builder.AddIdempotency<GenerationContext>();
        builder.Services.AddSingleton<JobSignalInterceptor>();
        builder.Services.ConfigureDbContext<GenerationContext>((services, options) =>
            options.AddInterceptors(services.GetRequiredService<JobSignalInterceptor>()));

        var services = builder.Services;
        services.AddGenerationApplication();
        services.AddOptions<JobOptions>().BindConfiguration(JobOptions.SectionName)
            .Validate(o => o.LeaseDuration > TimeSpan.Zero && o.HeartbeatInterval > TimeSpan.Zero && o.HeartbeatInterval * 2 < o.LeaseDuration,
                "Generation:Jobs: the lease lasts more than two heartbeats (LeaseDuration > 2 × HeartbeatInterval > 0).")
            .Validate(o => o.MaxAttempts >= 1 && o.PollInterval > TimeSpan.Zero && o.RetryBaseDelay >= TimeSpan.Zero && o.RetryMaxDelay >= o.RetryBaseDelay,
                "Generation:Jobs: MaxAttempts ≥ 1, PollInterval > 0, 0 ≤ RetryBaseDelay ≤ RetryMaxDelay.")
            .ValidateOnStart();
        services.AddOptions<ProviderOptions>().BindConfiguration(ProviderOptions.SectionName);
        services.AddOptions<UsageOptions>().BindConfiguration(UsageOptions.SectionName);

        services.AddLocalMediaProviders(builder.Configuration);
        services.AddSingleton(new RegisteredProvider(LocalMediaProviders.Name));
        services.AddSingleton<ProviderMedia>();
        services.AddCloudProviders(builder.Configuration);
        services.AddSingleton<IProviderCalls, EfProviderCalls>();
        services.AddScoped<ICompanySettings, EfCompanySettings>();
        services.AddSingleton<IMediaProviders, KeyedMediaProviders>();
        services.AddSingleton<WorkerIdentity>();
        services.AddSingleton<WorkspaceHome>();
        services.AddSingleton<IMediaWorkspaces, InstanceWorkspaces>();
        services.AddSingleton<JobSignals>();
        services.AddSingleton<IJobSignals>(provider => provider.GetRequiredService<JobSignals>());
        services.AddSingleton<IProgressEvents, BusProgressEvents>();

        services.AddScoped<IJobs, EfJobs>();
        services.AddScoped<IDeletedProjects, EfDeletedProjects>();
        services.AddScoped<IRetentionSweep, DeletedProjectsSweep>();
        services.AddScoped<IUnitOfWork, EfUnitOfWork>();
        services.AddScoped<IIntegrationEvents, OutboxIntegrationEvents>();

        services.AddOptions<MediaApiOptions>().BindConfiguration(MediaApiOptions.SectionName);
        var media = builder.Configuration.GetSection(MediaApiOptions.SectionName).Get<MediaApiOptions>() ?? new MediaApiOptions();
        // Whole files go through these calls: the job's lease and cancellation bound them, not the standard handler's
        // short timeouts, and a failed call is retried by retrying the job. (RemoveAllResilienceHandlers is marked
        // experimental; it is the documented way to give one client another pipeline, as ServiceDefaults says.)
#pragma warning disable EXTEXP0001
        services.AddHttpClient(MediaApiClient.ServiceClient, http =>
            {
                http.BaseAddress = media.BaseAddress;
                http.Timeout = media.Timeout;
            })
            .RemoveAllResilienceHandlers()
            .AddServiceToken();
        services.AddHttpClient(MediaApiClient.PresignedClient, http => http.Timeout = media.Timeout).RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        services.AddSingleton<IMediaFiles, MediaApiClient>();

        if (builder.Configuration.GetSection(JobOptions.SectionName).Get<JobOptions>() is not { RunWorkers: false })
        {
            services.AddHostedService<JobWorker>();
        }
        return builder;
    }
}
