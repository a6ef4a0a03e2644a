using System.Net;
using Polly;
using Polly.Timeout;

namespace AiVideo.ServiceDefaults.Http;

/// <summary>Which outcomes of an HTTP call are worth another attempt, and for which requests a retry is safe.</summary>
internal static class TransientHttpFailure
{
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => IsTransient(response.StatusCode),
        _ => false,
    };

    /// <summary>
    /// Idempotent methods are retried on any transient outcome; others only when the connection could not be made,
    /// since then nothing reached the server.
    /// </summary>
    public static bool ShouldRetry(HttpRequestMessage request, Outcome<HttpResponseMessage> outcome)
    {
        if (IsIdempotent(request.Method))
        {
            return IsTransient(outcome);
        }
        return outcome.Exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError };
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500 && status != HttpStatusCode.NotImplemented;

    private static bool IsIdempotent(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options ||
        method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Trace;
}
