using AiVideo.BuildingBlocks.Idempotency;
using AiVideo.BuildingBlocks.Inbox;
using AiVideo.BuildingBlocks.Outbox;
using AiVideo.BuildingBlocks.Persistence;
using AiVideo.SharedKernel.Vocabulary;
using AiVideo.Webhooks.Application.Destinations;
using AiVideo.Webhooks.Application.Outbound;
using AiVideo.Webhooks.Infrastructure.Delivery;
using AiVideo.Webhooks.Infrastructure.Maintenance;
using AiVideo.Webhooks.Infrastructure.Persistence;
using AiVideo.Webhooks.Infrastructure.Repositories;
using AiVideo.Webhooks.Infrastructure.Secrets;

namespace AiVideo.Webhooks.Infrastructure;

public static class DependencyInjection
{
    /// <summary>
    /// The webhooks service's database (migrated at start-up), outbox, inbox and idempotency store; its repositories;
    /// the <c>Webhooks</c> options (checked at start-up); secret encryption; the delivery client with its SSRF guard; the
    /// delivery worker (woken by commits that make deliveries due) and the retention sweep.
    /// </summary>
    public static IHostApplicationBuilder AddWebhooksInfrastructure(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<WebhooksContext>(ResourceNames.WebhooksDatabase, typeof(WebhooksContext).Assembly, MigrationsSource);
        builder.AddOutbox<WebhooksContext>();
        builder.AddInbox<WebhooksContext>();
        builder.AddIdempotency<WebhooksContext>();
        builder.Services.ConfigureDbContext<WebhooksContext>((services, options) =>
            options.AddInterceptors(services.GetRequiredService<DeliverySignalInterceptor>()));

        var services = builder.Services;
        services.AddOptions<WebhooksOptions>().BindConfiguration(WebhooksOptions.SectionName).ValidateOnStart();
        services.AddOptions<SecretProtectionOptions>().BindConfiguration(SecretProtectionOptions.SectionName);
        services.AddWebhooksApplication();

        services.AddScoped<IUnitOfWork, EfUnitOfWork>();
        services.AddScoped<IIntegrationEvents, OutboxIntegrationEvents>();
        services.AddScoped<IWebhookEndpoints, EfWebhookEndpoints>();
        services.AddScoped<IWebhookDeliveries, EfWebhookDeliveries>();
        services.AddScoped<IInboundReceipts, EfInboundReceipts>();

        services.AddSingleton<ISecretProtector, AesGcmSecretProtector>();
        services.AddSingleton<IHostResolver, DnsHostResolver>();
        services.AddSingleton<GuardedConnector>();
        services.AddSingleton<WebhookHttpClient>();
        services.AddSingleton<IWebhookSender, HttpWebhookSender>();
        services.AddSingleton<DeliverySignal>();
        services.AddSingleton<DeliverySignalInterceptor>();
        services.AddHostedService<DeliveryWorker>();
        services.AddHostedService<WebhooksSweeper>();
        return builder;
    }

    /// <summary>The name this service's migrations are recorded under in <c>schema_migrations</c>.</summary>
    public const string MigrationsSource = "webhooks";
}
