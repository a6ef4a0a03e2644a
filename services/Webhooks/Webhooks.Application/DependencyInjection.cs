using AiVideo.Webhooks.Application.Destinations;
using AiVideo.Webhooks.Application.Inbound;
using AiVideo.Webhooks.Application.Outbound;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AiVideo.Webhooks.Application;

public static class DependencyInjection
{
    /// <summary>The protocol services: callback verification, destination checks, request signing. Options are bound by the host.</summary>
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
        return services;
    }
}
