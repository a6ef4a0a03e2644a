using System.Net;
using System.Text.Json;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace AiVideo.Generation.Infrastructure.Providers.Cloud;

/// <summary>
/// A provider's failure in our words (<see cref="MediaErrorCodes"/>): its HTTP status and error body read the way each
/// provider writes them (OpenAI <c>error.message</c>/<c>error.code</c>, RunwayML <c>error</c>, Replicate <c>detail</c>,
/// Mux <c>error.messages</c>, Cloudflare <c>errors[].message</c>); a content-policy refusal is permanent, a quota or rate
/// limit is retryable after the provider's <c>Retry-After</c>, a 5xx or an unreachable provider is retryable, any other
/// 4xx is permanent. Messages name the provider and what it said, never its address or our key.
/// </summary>
public static class ProviderFailures
{
    /// <summary>The longest piece of a provider's own message repeated in ours.</summary>
    public const int MaxProviderMessage = 300;

    /// <summary>How long to wait after a quota refusal without a <c>Retry-After</c>.</summary>
    public static readonly TimeSpan QuotaRetryAfter = TimeSpan.FromMinutes(15);

    private static readonly string[] PolicyWords = ["content_policy", "content policy", "moderation", "safety", "nsfw", "unsafe content"];

    public static async Task<MediaProcessingException> FromResponseAsync(string provider, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string body;
        try
        {
            body = await ReadSomeAsync(response, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            body = "";
        }
        var (message, code) = Describe(body);
        return FromStatus(provider, (int)response.StatusCode, message, code, RetryAfterOf(response));
    }

    /// <summary>A failure from a status and what the provider said (also for task failures reported in a 200 answer).</summary>
    public static MediaProcessingException FromStatus(string provider, int status, string? message, string? code, TimeSpan? retryAfter = null)
    {
        var said = string.IsNullOrWhiteSpace(message) ? "" : $": {Cut(message)}";
        if (IsContentPolicy(code) || IsContentPolicy(message))
        {
            return new MediaProcessingException(MediaErrorCodes.ContentPolicy, $"{provider} refused the content under its content policy{said}", retryable: false);
        }
        if (status == 402 || (code?.Contains("quota", StringComparison.OrdinalIgnoreCase) ?? false) || (code?.Contains("insufficient", StringComparison.OrdinalIgnoreCase) ?? false))
        {
            return new MediaProcessingException(MediaErrorCodes.ProviderQuota, $"{provider}'s account has no quota or credit left{said}", retryable: true)
            {
                RetryAfter = retryAfter ?? QuotaRetryAfter,
            };
        }
        return status switch
        {
            429 => new MediaProcessingException(MediaErrorCodes.RateLimited, $"{provider} asked us to slow down (429){said}", retryable: true) { RetryAfter = retryAfter },
            401 or 403 => new MediaProcessingException(MediaErrorCodes.ProviderUnauthorized,
                $"{provider} refused the platform's credentials ({status}); an operator must check its key.", retryable: false),
            408 or >= 500 => new MediaProcessingException(MediaErrorCodes.ProviderUnavailable, $"{provider} failed ({status}){said}", retryable: true) { RetryAfter = retryAfter },
            _ => new MediaProcessingException(MediaErrorCodes.ProviderRejected, $"{provider} refused the request ({status}){said}", retryable: false),
        };
    }

    /// <summary>A call that got no answer: unreachable, timed out, or held off by the provider's circuit breaker.</summary>
    public static MediaProcessingException FromException(string provider, Exception exception, TimeSpan timeout) => exception switch
    {
        BrokenCircuitException broken => new MediaProcessingException(MediaErrorCodes.ProviderUnavailable,
            $"{provider} failed too often lately; calls to it are held off for a while.", retryable: true, exception) { RetryAfter = broken.RetryAfter },
        TimeoutRejectedException or TaskCanceledException or TimeoutException => new MediaProcessingException(MediaErrorCodes.TimedOut,
            $"{provider} did not answer within {timeout.TotalSeconds:0} s.", retryable: true, exception),
        _ => new MediaProcessingException(MediaErrorCodes.ProviderUnavailable, $"{provider} could not be reached.", retryable: true, exception),
    };

    public static bool IsContentPolicy(string? text) =>
        text is not null && PolicyWords.Any(word => text.Contains(word, StringComparison.OrdinalIgnoreCase));

    /// <summary>The provider's <c>Retry-After</c> (seconds or a date), if any.</summary>
    public static TimeSpan? RetryAfterOf(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }
        if (header?.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
        return null;
    }

    /// <summary>The message and code in a provider's error body, whichever of the known shapes it has.</summary>
    public static (string? Message, string? Code) Describe(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return (null, null);
        }
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }
            if (root.TryGetProperty("error", out var error))
            {
                if (error.ValueKind == JsonValueKind.String)
                {
                    return (error.GetString(), Text(root, "code") ?? Text(root, "failureCode"));
                }
                if (error.ValueKind == JsonValueKind.Object)
                {
                    var messages = error.TryGetProperty("messages", out var list) && list.ValueKind == JsonValueKind.Array
                        ? string.Join(" ", list.EnumerateArray().Where(m => m.ValueKind == JsonValueKind.String).Select(m => m.GetString()))
                        : null;
                    return (Text(error, "message") ?? messages, Text(error, "code") ?? Text(error, "type"));
                }
            }
            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0
                && errors[0].ValueKind == JsonValueKind.Object)
            {
                return (Text(errors[0], "message"), errors[0].TryGetProperty("code", out var code) ? code.ToString() : null);
            }
            return (Text(root, "detail") ?? Text(root, "message") ?? Text(root, "title"), Text(root, "code") ?? Text(root, "type"));
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Cut(string text)
    {
        var oneLine = string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return oneLine.Length <= MaxProviderMessage ? oneLine : oneLine[..MaxProviderMessage] + "…";
    }

    private static async Task<string> ReadSomeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[16 * 1024];
        var read = 0;
        while (read < buffer.Length && await stream.ReadAsync(buffer.AsMemory(read), cancellationToken) is var n and > 0)
        {
            read += n;
        }
        return System.Text.Encoding.UTF8.GetString(buffer, 0, read);
    }
}
