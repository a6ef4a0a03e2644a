namespace AiVideo.ServiceDefaults.Authentication;

public static class ServiceTokenExtensions
{
    /// <summary>Registers the service-token client (configured by <c>ServiceAuth</c> and <c>Identity:Url</c>).</summary>
    public static IHostApplicationBuilder AddServiceTokens(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ServiceTokenOptions>().BindConfiguration(ServiceTokenOptions.SectionName);
        builder.Services.AddSingleton<ServiceTokenClient>();
        builder.Services.AddTransient<ServiceTokenHandler>();
        builder.Services.AddHttpClient(ServiceTokenClient.HttpClientName);
        return builder;
    }

    /// <summary>Calls through this client carry the service's token (scope <c>internal</c>).</summary>
    public static IHttpClientBuilder AddServiceToken(this IHttpClientBuilder client) => client.AddHttpMessageHandler<ServiceTokenHandler>();
}
