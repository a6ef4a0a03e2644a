using AiVideo.Webhooks.Application.Deliveries;
using AiVideo.Webhooks.Application.Destinations;
using AiVideo.Webhooks.Application.Events;
using AiVideo.Webhooks.Application.Inbound;
using AiVideo.Webhooks.Application.Maintenance;
using AiVideo.Webhooks.Application.Outbound;
using AiVideo.Webhooks.Application.WebhookEndpoints;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AiVideo.Webhooks.Application;

public static class DependencyInjection
{
    /// <summary>
    /// The protocol services (callback verification, destination checks, request signing) and the use cases. Options are
    /// bound by the host.
    /// </summary>
    public static IServiceCollection AddWebhooksApplication(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IValidateOptions<WebhooksOptions>, WebhooksOptionsValidator>();
        services.AddSingleton<ISignatureVerifier, MuxSignatureVerifier>();
        services.AddSingleton<ISignatureVerifier, CloudflareSignatureVerifier>();
        services.AddSingleton<ISignatureVerifier, StandardWebhooksVerifier>();
        services.AddSingleton<ProviderCallbackVerifier>();
        services.AddSingleton<DestinationPolicy>();
        services.AddSingleton<WebhookUrlGuard>();
        services.AddSingleton<EndpointSecrets>();
        services.AddSingleton<WebhookRequests>();

        services.AddScoped<ReceiveProviderCallback>();

        services.AddScoped<CreateEndpoint>();
        services.AddScoped<ListEndpoints>();
        services.AddScoped<GetEndpoint>();
        services.AddScoped<UpdateEndpoint>();
        services.AddScoped<DeleteEndpoint>();
        services.AddScoped<RotateEndpointSecret>();
        services.AddScoped<SendTestPing>();

        services.AddScoped<ListDeliveries>();
        services.AddScoped<GetDelivery>();
        services.AddScoped<RetryDelivery>();
        services.AddScoped<ClaimDueDeliveries>();
        services.AddScoped<AttemptDelivery>();

        services.AddScoped<WebhookFanOut>();
        services.AddScoped<NotifyVideoReady>();
        services.AddScoped<NotifyProjectCompleted>();
        services.AddScoped<NotifyGenerationFailed>();

        services.AddScoped<SweepOldRecords>();
        return services;
    }
}
