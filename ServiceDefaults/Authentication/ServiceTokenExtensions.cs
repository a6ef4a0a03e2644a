using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace AiVideo.ServiceDefaults.Authentication;

public static class ServiceTokenExtensions
{
    /// <summary>
    /// Registers the service-token client (configured by <c>ServiceAuth</c> and <c>Identity:Url</c>). Its requests to
    /// identity-api have a short timeout of their own (<see cref="ServiceTokenOptions.RequestTimeout"/>) and no retries:
    /// the calls that need a token retry through their own pipelines.
    /// </summary>
    public static IHostApplicationBuilder AddServiceTokens(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ServiceTokenOptions>().BindConfiguration(ServiceTokenOptions.SectionName);
        builder.Services.AddOptions<IdentityClientOptions>().BindConfiguration(IdentityClientOptions.SectionName);
        builder.Services.AddSingleton<ServiceTokenClient>();
        builder.Services.AddTransient<ServiceTokenHandler>();
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers: the documented way to give one client its own pipeline
        builder.Services.AddHttpClient(ServiceTokenClient.HttpClientName)
            .RemoveAllResilienceHandlers()
#pragma warning restore EXTEXP0001
            .AddResilienceHandler("service-token", (pipeline, context) =>
                pipeline.AddTimeout(context.ServiceProvider.GetRequiredService<IOptions<ServiceTokenOptions>>().Value.RequestTimeout));
        return builder;
    }

    /// <summary>Calls through this client carry the service's token (scope <c>internal</c>).</summary>
    public static IHttpClientBuilder AddServiceToken(this IHttpClientBuilder client) => client.AddHttpMessageHandler<ServiceTokenHandler>();
}
