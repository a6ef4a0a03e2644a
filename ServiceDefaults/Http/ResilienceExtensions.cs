using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace AiVideo.ServiceDefaults.Http;

public static class ResilienceExtensions
{
    /// <summary>The configuration section the standard resilience handler of every HttpClient is bound from.</summary>
    public const string SectionName = "HttpResilience";

    /// <summary>
    /// Tunes the standard resilience handler (timeouts, retry with jitter honouring <c>Retry-After</c>, circuit breaker
    /// per authority) that every HttpClient gets: values from the <c>HttpResilience</c> section (e.g.
    /// <c>HttpResilience:Retry:MaxRetryAttempts</c>), and requests that are not idempotent (POST, PATCH) retried only when
    /// the connection could not be made, since then nothing reached the server and nothing can happen twice. A client
    /// that needs another pipeline (a slow provider API) replaces it: <c>RemoveAllResilienceHandlers()</c>, then its own.
    /// </summary>
    public static IHostApplicationBuilder AddResilienceSettings(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(SectionName);
        builder.Services.ConfigureAll<HttpStandardResilienceOptions>(options =>
        {
            section.Bind(options);
            options.Retry.ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Context, args.Outcome));
        });
        return builder;
    }

    private static bool ShouldRetry(ResilienceContext context, Outcome<HttpResponseMessage> outcome)
    {
        if (!HttpClientResiliencePredicates.IsTransient(outcome))
        {
            return false;
        }
        if (context.GetRequestMessage() is not { } request || IsIdempotent(request.Method))
        {
            return true;
        }
        return outcome.Exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError };
    }

    private static bool IsIdempotent(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options ||
        method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Trace;
}
