using System.Text.Json;
using AiVideo.Generation.Application.Providers;
using AiVideo.Generation.Application.Usage;

namespace AiVideo.Generation.Infrastructure.Providers.Cloud;

/// <summary>
/// One configured cloud provider as its adapters talk to it: <see cref="Http"/> (its base address and credentials, each
/// call through the provider's resilience pipeline: attempt timeout, retries with jitter on 429 and 5xx honouring
/// <c>Retry-After</c>, a circuit breaker of its own), <see cref="Transfers"/> for whole files (output downloads, uploads
/// to signed URLs; no credentials, no retries, bounded by the task timeout), failures mapped to our codes, long tasks
/// polled with backoff (woken early by the provider's callbacks), and every billable call recorded for the company.
/// </summary>
public sealed class ProviderClient(
    string name, ProviderSettings settings, IHttpClientFactory clients, RecordProviderCall usage, ProviderCallbacks callbacks, TimeProvider time)
{
    public string Name { get; } = name;

    public ProviderSettings Settings { get; } = settings;

    /// <summary>The provider's API (base address, credentials, resilience).</summary>
    public HttpClient Http => clients.CreateClient(HttpClientName(Name));

    /// <summary>Whole files to and from URLs the provider gives out (no credentials, no retries).</summary>
    public HttpClient Transfers => clients.CreateClient(TransferClientName(Name));

    public static string HttpClientName(string provider) => $"provider:{provider}";

    public static string TransferClientName(string provider) => $"provider-transfers:{provider}";

    /// <summary>Sends a request to the provider's API; any answer but a success is thrown as our failure.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken,
        HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        HttpResponseMessage response;
        try
        {
            response = await Http.SendAsync(request, completion, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or Polly.CircuitBreaker.BrokenCircuitException or Polly.Timeout.TimeoutRejectedException
            or TimeoutException || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw ProviderFailures.FromException(Name, exception, Settings.Timeout);
        }
        if (!response.IsSuccessStatusCode)
        {
            using (response)
            {
                throw await ProviderFailures.FromResponseAsync(Name, response, cancellationToken);
            }
        }
        return response;
    }

    /// <summary>Sends a request and reads the provider's JSON answer.</summary>
    public async Task<JsonElement> SendForJsonAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(request, cancellationToken);
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
            return document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            throw new MediaProcessingException(MediaErrorCodes.ProviderFailed, $"{Name} answered with something that is not JSON.", retryable: true, exception);
        }
    }

    /// <summary>
    /// Looks at a provider task until it is done: waits <see cref="ProviderSettings.PollInterval"/>, doubling up to
    /// <see cref="ProviderSettings.MaxPollInterval"/>, between looks, or less when the provider's callback for
    /// <paramref name="providerJobId"/> arrives; reports the provider's progress in <paramref name="stage"/>; fails
    /// (retryable) after <see cref="ProviderSettings.TaskTimeout"/>.
    /// </summary>
    public async Task<T> PollAsync<T>(string providerJobId, Func<CancellationToken, Task<PollState<T>>> look, IProgress<MediaProgress>? progress, string stage,
        CancellationToken cancellationToken)
    {
        using var watch = callbacks.Follow(providerJobId);
        var deadline = time.GetUtcNow() + Settings.TaskTimeout;
        var interval = Settings.PollInterval > TimeSpan.Zero ? Settings.PollInterval : TimeSpan.FromSeconds(1);
        while (true)
        {
            var callback = watch.Next;
            var state = await look(cancellationToken);
            if (state.Done)
            {
                return state.Result!;
            }
            if (state.Percent is { } percent)
            {
                progress?.Report(new MediaProgress(stage, Math.Clamp(percent, 0, 99)));
            }
            var left = deadline - time.GetUtcNow();
            if (left <= TimeSpan.Zero)
            {
                throw new MediaProcessingException(MediaErrorCodes.TimedOut,
                    $"{Name} did not finish its task within {Settings.TaskTimeout.TotalMinutes:0.#} minutes.", retryable: true);
            }
            var wait = interval < left ? interval : left;
            await Task.WhenAny(callback, Task.Delay(wait, time, cancellationToken));
            cancellationToken.ThrowIfCancellationRequested();
            var doubled = interval * 2;
            interval = doubled < Settings.MaxPollInterval ? doubled : Settings.MaxPollInterval;
        }
    }

    /// <summary>Downloads an output the provider made into <paramref name="path"/> (at most <see cref="ProviderSettings.MaxDownloadBytes"/>).</summary>
    public async Task<long> DownloadAsync(Uri url, string path, CancellationToken cancellationToken, HttpClient? through = null)
    {
        HttpResponseMessage response;
        try
        {
            response = await (through ?? Transfers).GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutException || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw ProviderFailures.FromException(Name, exception, Settings.TaskTimeout);
        }
        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw await ProviderFailures.FromResponseAsync(Name, response, cancellationToken);
            }
            if (response.Content.Headers.ContentLength > Settings.MaxDownloadBytes)
            {
                throw TooLarge();
            }
            await using var source = await response.Content.ReadAsStreamAsync(cancellationToken);
            await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true);
            var buffer = new byte[81920];
            long total = 0;
            int read;
            try
            {
                while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    total += read;
                    if (total > Settings.MaxDownloadBytes)
                    {
                        throw TooLarge();
                    }
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or IOException)
            {
                throw new MediaProcessingException(MediaErrorCodes.ProviderUnavailable, $"{Name}'s output could not be downloaded whole.", retryable: true, exception);
            }
            return total;
        }
    }

    /// <summary>Records a billable call for the running job's company: <paramref name="units"/> of <paramref name="unit"/> (<see cref="UsageUnits"/>).</summary>
    public Task RecordUsageAsync(string model, decimal units, string unit, CancellationToken cancellationToken) =>
        usage.ExecuteAsync(Name, model, units, unit, cancellationToken);

    private MediaProcessingException TooLarge() => new(MediaErrorCodes.OutputRefused,
        $"{Name}'s output is larger than the {Settings.MaxDownloadBytes / (1024 * 1024)} MB taken from it.", retryable: false);
}

/// <summary>What a look at a provider task found: still running (with the provider's percent, if it gives one), or done with its result.</summary>
public readonly record struct PollState<T>(bool Done, T? Result, double? Percent)
{
    public static PollState<T> Running(double? percent = null) => new(false, default, percent);

    public static PollState<T> Finished(T result) => new(true, result, 100);
}
