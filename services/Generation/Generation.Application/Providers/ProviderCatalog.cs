namespace AiVideo.Generation.Application.Providers;

/// <summary>
/// The providers this instance can use: those with an implementation (<see cref="IMediaProviders"/>), each with its
/// settings (<see cref="ProviderOptions"/>; defaults where configuration is silent) and the ports it serves. Answers
/// which provider serves a model, which provider a job runs on, what each supports and how many of its jobs may run at once.
/// </summary>
public sealed class ProviderCatalog
{
    private readonly Dictionary<string, ProviderSettings> _providers;
    private readonly Dictionary<string, IReadOnlyList<string>> _ports;
    private readonly Dictionary<string, string> _portDefaults;

    public ProviderCatalog(IMediaProviders implementations, IOptions<ProviderOptions> options)
    {
        var settings = options.Value;
        _providers = new Dictionary<string, ProviderSettings>(StringComparer.OrdinalIgnoreCase);
        _ports = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in implementations.Names)
        {
            var configured = settings.Providers.GetValueOrDefault(name) ?? new ProviderSettings();
            var defaults = name == ProviderOptions.Local ? ProviderOptions.LocalDefaults() : ProviderOptions.CloudDefaults();
            configured.MaxConcurrency = configured.MaxConcurrency > 0 ? configured.MaxConcurrency : defaults.MaxConcurrency;
            configured.Models = configured.Models.Count > 0 ? configured.Models : defaults.Models;
            configured.VideoSizes = configured.VideoSizes.Count > 0 ? configured.VideoSizes : defaults.VideoSizes;
            if (!settings.Providers.ContainsKey(name))
            {
                (configured.MinSeconds, configured.MaxSeconds) = (defaults.MinSeconds, defaults.MaxSeconds);
            }
            _providers[name] = configured;
            _ports[name] = [.. ProviderPorts.All.Where(port => implementations.Serves(name, ProviderPorts.InterfaceOf(port))
                && (configured.Ports.Count == 0 || configured.Ports.Contains(port, StringComparer.OrdinalIgnoreCase)))];
        }
        DefaultProvider = settings.DefaultProvider;
        if (!Has(DefaultProvider))
        {
            throw new InvalidOperationException(
                $"{ProviderOptions.SectionName}:DefaultProvider is '{DefaultProvider}', which is not one of the configured providers: {string.Join(", ", Names)}.");
        }
        _portDefaults = new Dictionary<string, string>(settings.PortDefaults, StringComparer.OrdinalIgnoreCase);
        foreach (var (port, provider) in _portDefaults)
        {
            if (!ProviderPorts.All.Contains(port, StringComparer.OrdinalIgnoreCase) || !Has(provider) || !Serves(provider, port))
            {
                throw new InvalidOperationException(
                    $"{ProviderOptions.SectionName}:PortDefaults:{port} is '{provider}', which is not a configured provider serving that port ({string.Join(", ", ProviderPorts.All)}).");
            }
        }
    }

    public string DefaultProvider { get; }

    public IReadOnlyCollection<string> Names => _providers.Keys;

    public bool Has(string provider) => _providers.ContainsKey(provider);

    /// <summary>The provider's name as configured (names are matched ignoring case), or null when there is no such provider.</summary>
    public string? Canonical(string provider) => _providers.Keys.FirstOrDefault(name => string.Equals(name, provider, StringComparison.OrdinalIgnoreCase));

    public ProviderSettings Settings(string provider) => _providers[provider];

    public int MaxConcurrency(string provider) => Math.Max(1, _providers[provider].MaxConcurrency);

    /// <summary>The ports (<see cref="ProviderPorts"/>) a provider serves.</summary>
    public IReadOnlyList<string> PortsOf(string provider) => _ports.GetValueOrDefault(provider) ?? [];

    public bool Serves(string provider, string port) => PortsOf(provider).Contains(port, StringComparer.OrdinalIgnoreCase);

    /// <summary>The providers that serve a port, in name order.</summary>
    public IReadOnlyList<string> ServingPort(string port) => [.. _providers.Keys.Where(p => Serves(p, port)).Order(StringComparer.Ordinal)];

    /// <summary>
    /// The provider a job of <paramref name="kind"/> runs on when its request names none: the company's default if it
    /// serves the job's port, else the port's configured default, else <see cref="DefaultProvider"/> if it serves the
    /// port, else <c>local</c>.
    /// </summary>
    public string DefaultFor(string kind, string? companyDefault)
    {
        var port = ProviderPorts.Of(kind);
        if (companyDefault is not null && Has(companyDefault) && Serves(companyDefault, port))
        {
            return companyDefault;
        }
        if (_portDefaults.TryGetValue(port, out var portDefault))
        {
            return portDefault;
        }
        return Serves(DefaultProvider, port) || !Has(ProviderOptions.Local) ? DefaultProvider : ProviderOptions.Local;
    }

    /// <summary>Why a named provider cannot run a job of <paramref name="kind"/>, or null when it can.</summary>
    public string? RefusalFor(string provider, string kind)
    {
        var port = ProviderPorts.Of(kind);
        if (!Has(provider))
        {
            return $"The provider '{provider}' is not available; the providers are: {string.Join(", ", Names.Order(StringComparer.Ordinal))}.";
        }
        return Serves(provider, port)
            ? null
            : $"The provider '{provider}' does not make {port}; the providers that do are: {string.Join(", ", ServingPort(port))}.";
    }

    /// <summary>
    /// The provider and model of a text-to-video request naming <paramref name="provider"/> and/or <paramref name="model"/>,
    /// or why there is none. Naming neither takes the company's default (or the configured one) for videos.
    /// </summary>
    public Result<(string Provider, string Model)> Resolve(string? provider, string? model, string? companyDefault = null)
    {
        if (provider is not null && RefusalFor(provider, JobKinds.TextToVideo) is { } refusal)
        {
            return Error.Validation("provider", refusal);
        }
        provider = provider is null ? null : Canonical(provider);
        if (model is null)
        {
            var chosen = provider ?? DefaultFor(JobKinds.TextToVideo, companyDefault);
            return (chosen, _providers[chosen].Models.FirstOrDefault() ?? chosen);
        }
        var candidates = provider is null
            ? _providers.Keys.Prepend(DefaultFor(JobKinds.TextToVideo, companyDefault)).Distinct().Where(p => Serves(p, ProviderPorts.Video))
            : [provider];
        foreach (var candidate in candidates.Where(Has))
        {
            if (_providers[candidate].Models.Contains(model, StringComparer.Ordinal))
            {
                return (candidate, model);
            }
        }
        IEnumerable<ProviderSettings> searched = provider is null ? ServingPort(ProviderPorts.Video).Select(p => _providers[p]) : [_providers[provider]];
        var known = searched.SelectMany(p => p.Models).Distinct();
        return Error.Validation("model", $"The model '{model}' is not available; the models are: {string.Join(", ", known)}.");
    }
}
