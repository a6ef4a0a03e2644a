using System.Net.Http.Headers;
using System.Text;
using AiVideo.Webhooks.Application.Outbound;

namespace AiVideo.Webhooks.Infrastructure.Delivery;

/// <summary>
/// Sends one attempt over <see cref="WebhookHttpClient"/>: the exact body with the Standard Webhooks headers, within
/// <c>Webhooks:Delivery:Timeout</c> for the answer and the start of its body. Whatever happens on the network becomes
/// an <see cref="AttemptResult"/>; only the caller's own cancellation propagates.
/// </summary>
public sealed class HttpWebhookSender(WebhookHttpClient http, IOptionsMonitor<WebhooksOptions> options, TimeProvider time, ILogger<HttpWebhookSender> logger)
    : IWebhookSender
{
    public async Task<AttemptResult> SendAsync(WebhookRequest request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, request.Url) { Content = new ReadOnlyMemoryContent(request.Body) };
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        message.Headers.TryAddWithoutValidation(WebhookHeaders.IdName, request.Headers.Id);
        message.Headers.TryAddWithoutValidation(WebhookHeaders.TimestampName, request.Headers.Timestamp);
        message.Headers.TryAddWithoutValidation(WebhookHeaders.SignatureName, request.Headers.Signature);

        using var timeout = new CancellationTokenSource(options.CurrentValue.Delivery.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var started = time.GetTimestamp();
        try
        {
            using var response = await http.Client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            var excerpt = await ReadExcerptAsync(response.Content, linked.Token);
            return AttemptResult.Answered((int)response.StatusCode, time.GetElapsedTime(started), excerpt, RetryAfter(response.Headers.RetryAfter));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return AttemptResult.NoAnswer("timeout", time.GetElapsedTime(started));
        }
        catch (HttpRequestException exception)
        {
            var elapsed = time.GetElapsedTime(started);
            if (FindRefusal(exception) is { } refused)
            {
                logger.LogWarning("Webhook to {Host} refused: {Reason}", request.Url.Host, refused.Message);
                return AttemptResult.NoAnswer($"destination_refused: {refused.Message}", elapsed);
            }
            var error = exception.HttpRequestError switch
            {
                HttpRequestError.NameResolutionError => "name_resolution_failed",
                HttpRequestError.ConnectionError => "connection_failed",
                HttpRequestError.SecureConnectionError => "tls_failed",
                HttpRequestError.ResponseEnded => "response_ended",
                HttpRequestError.InvalidResponse => "invalid_response",
                _ => "request_failed",
            };
            return AttemptResult.NoAnswer(error, elapsed);
        }
    }

    /// <summary>The first <see cref="DeliveryAttempt.MaxResponseExcerptLength"/> bytes of the body, as text; what arrived before a failure.</summary>
    private static async Task<string?> ReadExcerptAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var buffer = new byte[DeliveryAttempt.MaxResponseExcerptLength];
        var read = 0;
        try
        {
            await using var stream = await content.ReadAsStreamAsync(cancellationToken);
            while (read < buffer.Length && await stream.ReadAsync(buffer.AsMemory(read), cancellationToken) is var n and > 0)
            {
                read += n;
            }
        }
        catch (Exception exception) when (exception is IOException or HttpRequestException or OperationCanceledException)
        {
            // The status is what counts: keep whatever part of the body arrived before the failure or the timeout.
        }
        return read == 0 ? null : Encoding.UTF8.GetString(buffer, 0, read);
    }

    private TimeSpan? RetryAfter(RetryConditionHeaderValue? header)
    {
        if (header?.Delta is { } delta)
        {
            return delta > TimeSpan.Zero ? delta : null;
        }
        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : null;
        }
        return null;
    }

    private static DestinationRefusedException? FindRefusal(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is DestinationRefusedException refused)
            {
                return refused;
            }
        }
        return null;
    }
}
