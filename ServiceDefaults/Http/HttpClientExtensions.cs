using Microsoft.Extensions.Http;

namespace AiVideo.ServiceDefaults.Http;

public static class HttpClientExtensions
{
    public static IHostApplicationBuilder AddServiceDiscovery(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ServiceEndpointResolver>();
        return builder;
    }

    /// <summary>Every <see cref="IHttpClientFactory"/> client resolves service names and sends through a resilience pipeline.</summary>
    public static IHostApplicationBuilder AddDefaultHttpClients(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpClient();
        builder.Services.AddSingleton<HttpResiliencePipelines>();
        builder.Services.AddSingleton<IConfigureOptions<HttpResilienceOptions>, ConfigureHttpResilienceOptions>();
        builder.Services.ConfigureAll<HttpClientFactoryOptions>(options => options.HttpMessageHandlerBuilderActions.Add(handlers =>
        {
            var services = handlers.Services;
            handlers.AdditionalHandlers.Add(new ResilienceHandler(services.GetRequiredService<HttpResiliencePipelines>(), handlers.Name ?? ""));
            handlers.AdditionalHandlers.Add(new ServiceDiscoveryHandler(services.GetRequiredService<ServiceEndpointResolver>()));
        }));
        return builder;
    }
}
