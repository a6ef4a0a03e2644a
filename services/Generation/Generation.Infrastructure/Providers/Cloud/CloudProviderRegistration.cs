using AiVideo.Generation.Application.Providers;

namespace AiVideo.Generation.Infrastructure.Providers.Cloud;

/// <summary>
/// What a provider type's registrar gets for one configured provider: its name and settings, a way to add the ports it
/// implements (keyed singletons under the provider's name, each given the provider's <see cref="ProviderClient"/>), and
/// how its API's requests carry credentials and fixed headers (default: <c>Authorization: Bearer</c> the key).
/// </summary>
public sealed class CloudProviderRegistration(IServiceCollection services, string name, ProviderSettings settings)
{
    public string Name { get; } = name;

    public ProviderSettings Settings { get; } = settings;

    /// <summary>Sets the API client's credentials and fixed headers.</summary>
    public Action<HttpClient> ConfigureHttp { get; set; } = http =>
    {
        if (!string.IsNullOrEmpty(settings.ApiKey))
        {
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", settings.ApiKey);
        }
    };

    /// <summary>Adds the provider's implementation of <typeparamref name="TPort"/>.</summary>
    public CloudProviderRegistration AddPort<TPort>(Func<IServiceProvider, ProviderClient, TPort> create) where TPort : class
    {
        var provider = Name;
        services.AddKeyedSingleton<TPort>(provider, (services, _) => create(services, services.GetRequiredKeyedService<ProviderClient>(provider)));
        return this;
    }
}
