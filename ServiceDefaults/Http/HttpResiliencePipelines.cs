using System.Collections.Concurrent;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace AiVideo.ServiceDefaults.Http;

/// <summary>
/// One Polly pipeline per client name and destination (so a circuit opens for the host that fails, not for every call):
/// total timeout → retry with exponential backoff and jitter (honouring <c>Retry-After</c>) → circuit breaker → attempt timeout.
/// </summary>
public sealed class HttpResiliencePipelines(IOptionsMonitor<HttpResilienceOptions> options)
{
    internal static readonly ResiliencePropertyKey<HttpRequestMessage> RequestKey = new("AiVideo.Http.Request");

    private readonly ConcurrentDictionary<(string Client, string Authority), ResiliencePipeline<HttpResponseMessage>> _pipelines = new();

    public ResiliencePipeline<HttpResponseMessage> For(string clientName, Uri? destination) =>
        _pipelines.GetOrAdd((clientName, destination?.GetLeftPart(UriPartial.Authority) ?? ""), key => Build(options.Get(key.Client)));

    private static ResiliencePipeline<HttpResponseMessage> Build(HttpResilienceOptions o)
    {
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>().AddTimeout(o.TotalRequestTimeout);
        if (o.MaxRetryAttempts > 0)
        {
            pipeline.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = o.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = o.RetryBaseDelay,
                ShouldHandle = args => ValueTask.FromResult(
                    args.Context.Properties.TryGetValue(RequestKey, out var request) && TransientHttpFailure.ShouldRetry(request, args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, o.MaxRetryAfter)),
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose();
                    return default;
                },
            });
        }
        return pipeline
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                FailureRatio = o.BreakerFailureRatio,
                MinimumThroughput = o.BreakerMinimumThroughput,
                SamplingDuration = o.BreakerSamplingDuration,
                BreakDuration = o.BreakDuration,
                ShouldHandle = args => ValueTask.FromResult(TransientHttpFailure.IsTransient(args.Outcome)),
            })
            .AddTimeout(o.AttemptTimeout)
            .Build();
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeSpan max)
    {
        var retryAfter = response?.Headers.RetryAfter;
        var delay = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        return delay is { } d && d > TimeSpan.Zero && d <= max ? d : null;
    }
}
