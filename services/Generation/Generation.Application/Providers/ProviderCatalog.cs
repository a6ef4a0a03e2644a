namespace AiVideo.Generation.Application.Providers;

/// <summary>
/// The providers this instance can use: those with an implementation (<see cref="IMediaProviders"/>), each with its
/// settings (<see cref="ProviderOptions"/>; the local provider's defaults where configuration is silent). Answers which
/// provider serves a model, what it supports and how many of its jobs may run at once.
/// </summary>
public sealed class ProviderCatalog
{
    private readonly Dictionary<string, ProviderSettings> _providers;

    public ProviderCatalog(IMediaProviders implementations, IOptions<ProviderOptions> options)
    {
        var settings = options.Value;
        _providers = new Dictionary<string, ProviderSettings>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in implementations.Names)
        {
            var configured = settings.Providers.GetValueOrDefault(name);
            var defaults = name == ProviderOptions.Local ? ProviderOptions.LocalDefaults() : new ProviderSettings { MaxConcurrency = 4 };
            _providers[name] = new ProviderSettings
            {
                MaxConcurrency = configured is { MaxConcurrency: > 0 } ? configured.MaxConcurrency : defaults.MaxConcurrency,
                Models = configured is { Models.Count: > 0 } ? configured.Models : defaults.Models,
                VideoSizes = configured is { VideoSizes.Count: > 0 } ? configured.VideoSizes : defaults.VideoSizes,
                MinSeconds = configured?.MinSeconds ?? defaults.MinSeconds,
                MaxSeconds = configured?.MaxSeconds ?? defaults.MaxSeconds,
            };
        }
        DefaultProvider = settings.DefaultProvider;
        if (!Has(DefaultProvider))
        {
            throw new InvalidOperationException(
                $"{ProviderOptions.SectionName}:DefaultProvider is '{DefaultProvider}', which is not one of the providers this build has: {string.Join(", ", Names)}.");
        }
    }

    public string DefaultProvider { get; }

    public IReadOnlyCollection<string> Names => _providers.Keys;

    public bool Has(string provider) => _providers.ContainsKey(provider);

    public ProviderSettings Settings(string provider) => _providers[provider];

    public int MaxConcurrency(string provider) => Math.Max(1, _providers[provider].MaxConcurrency);

    /// <summary>The provider to use for a request naming <paramref name="provider"/> and/or <paramref name="model"/>, or why there is none.</summary>
    public Result<(string Provider, string Model)> Resolve(string? provider, string? model)
    {
        if (provider is not null && !Has(provider))
        {
            return Error.Validation("provider", $"The provider is one of: {string.Join(", ", Names)}.");
        }
        if (model is null)
        {
            var chosen = provider ?? DefaultProvider;
            return (chosen, _providers[chosen].Models.FirstOrDefault() ?? chosen);
        }
        var candidates = provider is null ? _providers.Keys.Prepend(DefaultProvider).Distinct() : [provider];
        foreach (var candidate in candidates.Where(Has))
        {
            if (_providers[candidate].Models.Contains(model, StringComparer.Ordinal))
            {
                return (candidate, model);
            }
        }
        IEnumerable<ProviderSettings> searched = provider is null ? _providers.Values : [_providers[provider]];
        var known = searched.SelectMany(p => p.Models).Distinct();
        return Error.Validation("model", $"The model '{model}' is not available; the models are: {string.Join(", ", known)}.");
    }
}
