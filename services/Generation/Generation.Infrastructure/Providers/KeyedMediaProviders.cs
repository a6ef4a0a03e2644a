namespace AiVideo.Generation.Infrastructure.Providers;

/// <summary>The providers' ports, found as keyed services under each provider's name.</summary>
internal sealed class KeyedMediaProviders(IServiceProvider services, IEnumerable<RegisteredProvider> registered) : IMediaProviders
{
    private readonly IServiceProviderIsKeyedService _registrations = services.GetRequiredService<IServiceProviderIsKeyedService>();

    public IReadOnlyList<string> Names { get; } = [.. registered.Select(r => r.Name).Distinct(StringComparer.OrdinalIgnoreCase)];

    public bool Serves(string provider, Type port) => _registrations.IsKeyedService(port, provider);

    public T Get<T>(string provider) where T : class =>
        services.GetKeyedService<T>(provider)
        ?? throw MediaProcessingException.InvalidRequest($"The provider '{provider}' cannot do this ({typeof(T).Name[1..]}).");
}
