using System.Net;
using AiVideo.Generation.Application.Providers;
using AiVideo.Generation.Application.Usage;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace AiVideo.Generation.Infrastructure.Providers.Cloud;

/// <summary>
/// Registers every cloud provider configured in <c>Generation:Providers</c> (all but <c>local</c>) by its type: its
/// ports, its <see cref="ProviderClient"/>, and its two HTTP clients. The API client's pipeline, per provider (so one
/// provider's outage opens only its own circuit): retries (<see cref="ProviderSettings.MaxRetries"/>, exponential
/// backoff with jitter) on 429, 408 and 5xx answers and on failed connections, waiting what the provider's
/// <c>Retry-After</c> says when it says at most <see cref="MaxRetryAfter"/> (a longer one fails the call at once, and the
/// job is tried again after it); a circuit breaker; each attempt bounded by <see cref="ProviderSettings.Timeout"/>.
/// </summary>
public static class CloudProviders
{
    /// <summary>The longest <c>Retry-After</c> a call waits out itself.</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(30);

    /// <summary>The provider types this build knows, by <see cref="ProviderSettings.Type"/>.</summary>
    public static IReadOnlyDictionary<string, CloudProviderType> Types { get; } = new Dictionary<string, CloudProviderType>(StringComparer.OrdinalIgnoreCase)
    {
        [ProviderTypes.OpenAi] = new(new Uri("https://api.openai.com/v1/"), OpenAi.OpenAiProvider.Register),
        [ProviderTypes.RunwayMl] = new(RunwayMl.RunwayMlProvider.DefaultBaseUrl, RunwayMl.RunwayMlProvider.Register),
        [ProviderTypes.Replicate] = new(Replicate.ReplicateProvider.DefaultBaseUrl, Replicate.ReplicateProvider.Register),
        [ProviderTypes.Mux] = new(Mux.MuxProvider.DefaultBaseUrl, Mux.MuxProvider.Register),
        [ProviderTypes.CloudflareStream] = new(CloudflareStream.CloudflareStreamProvider.DefaultBaseUrl, CloudflareStream.CloudflareStreamProvider.Register),
    };

    public static IServiceCollection AddCloudProviders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ProviderCallbacks>();
        services.AddSingleton<IProviderCallbackSignal>(provider => provider.GetRequiredService<ProviderCallbacks>());
        var options = configuration.GetSection(ProviderOptions.SectionName).Get<ProviderOptions>() ?? new ProviderOptions();
        foreach (var (configuredName, settings) in options.Providers)
        {
            var name = configuredName.ToLowerInvariant();
            if (name == ProviderOptions.Local)
            {
                continue;
            }
            var typeName = settings.TypeOr(name);
            if (!Types.TryGetValue(typeName, out var type))
            {
                throw new InvalidOperationException(
                    $"{ProviderOptions.SectionName}:Providers:{configuredName}:Type is '{typeName}', which is not a provider type: {string.Join(", ", Types.Keys.Order())}.");
            }
            settings.BaseUrl ??= type.DefaultBaseUrl
                ?? throw new InvalidOperationException($"{ProviderOptions.SectionName}:Providers:{configuredName}:BaseUrl is required for a {typeName} provider.");
            if (!settings.BaseUrl.AbsolutePath.EndsWith('/'))
            {
                settings.BaseUrl = new Uri(settings.BaseUrl + "/");
            }
            var registration = new CloudProviderRegistration(services, name, settings);
            type.Register(registration);
            // The catalog (GET /api/providers, limits) sees the settings as the registrar completed them (its default models).
            services.PostConfigure<ProviderOptions>(bound => bound.Providers[configuredName] = settings);
            services.AddSingleton(new RegisteredProvider(name));
            services.AddKeyedSingleton(name, (provider, _) => new ProviderClient(name, settings, provider.GetRequiredService<IHttpClientFactory>(),
                provider.GetRequiredService<RecordProviderCall>(), provider.GetRequiredService<ProviderCallbacks>(), provider.GetRequiredService<TimeProvider>()));
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers: the documented way to give one client its own pipeline instead of the defaults'
            services.AddHttpClient(ProviderClient.HttpClientName(name), http =>
                {
                    http.BaseAddress = settings.BaseUrl;
                    http.Timeout = Timeout.InfiniteTimeSpan; // each attempt is bounded by the pipeline
                    registration.ConfigureHttp(http);
                })
                .RemoveAllResilienceHandlers()
                .AddResilienceHandler(name, pipeline => Build(pipeline, settings));
            services.AddHttpClient(ProviderClient.TransferClientName(name), http => http.Timeout = settings.TaskTimeout).RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        }
        return services;
    }

    private static void Build(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ProviderSettings settings)
    {
        if (settings.MaxRetries > 0)
        {
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = settings.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromSeconds(1),
                MaxDelay = MaxRetryAfter,
                ShouldRetryAfterHeader = true,
                ShouldHandle = arguments => ValueTask.FromResult(ShouldRetry(arguments.Outcome)),
            });
        }
        pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = 0.5,
            MinimumThroughput = 10,
            SamplingDuration = TimeSpan.FromSeconds(60),
            BreakDuration = TimeSpan.FromSeconds(30),
            ShouldHandle = arguments => ValueTask.FromResult(arguments.Outcome.Exception is HttpRequestException or Polly.Timeout.TimeoutRejectedException
                || arguments.Outcome.Result is { StatusCode: >= HttpStatusCode.InternalServerError }),
        });
        pipeline.AddTimeout(settings.Timeout);
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Exception is not null)
        {
            return outcome.Exception is HttpRequestException or Polly.Timeout.TimeoutRejectedException;
        }
        var response = outcome.Result!;
        var status = (int)response.StatusCode;
        if (status is not (429 or 408) && status < 500)
        {
            return false;
        }
        // A provider asking for a longer pause than a call waits: the call fails now, and the job is tried again after it.
        return ProviderFailures.RetryAfterOf(response) is not { } wait || wait <= MaxRetryAfter;
    }
}
