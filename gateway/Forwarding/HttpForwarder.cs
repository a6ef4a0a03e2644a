using System.Net;
using System.Net.Http.Headers;
using AiVideo.Gateway.Configuration;
using AiVideo.Gateway.Transforms;
using AiVideo.ServiceDefaults.Http;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace AiVideo.Gateway.Forwarding;

/// <summary>
/// Forwards one request to a destination of its route's cluster and streams the answer back. Bodies are streamed both
/// ways through a fixed buffer; hop-by-hop headers stay behind; <c>X-Forwarded-For/Proto/Host</c> are set. Failures
/// before the response starts are answered as problem+json: refused or unreachable upstream 502, no destination 503,
/// silent upstream 504, body over the route's limit 413.
/// </summary>
public sealed class HttpForwarder(ProxyHttpClient client, ServiceEndpointResolver resolver, IProblemDetailsService problems, ILogger<HttpForwarder> logger)
{
    public async Task ForwardAsync(HttpContext context, ProxyRoute route)
    {
        // The upstream's error statuses pass through as they are.
        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
        {
            statusCodePages.Enabled = false;
        }

        var destination = route.Cluster.NextDestination();
        if (destination is null)
        {
            await ProblemAsync(context, StatusCodes.Status503ServiceUnavailable, "No destination is available.",
                $"The cluster '{route.Cluster.Id}' has no destination to send the request to.");
            return;
        }

        if (route.MaxRequestBodySize is { } limit && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit < 0 ? null : limit;
        }

        using var timer = new ActivityTimer(route.Cluster.ActivityTimeout, context.RequestAborted);
        using var request = CreateRequest(context, route, resolver.Resolve(destination), timer, out var content);

        HttpResponseMessage response;
        try
        {
            response = await client.Invoker.SendAsync(request, timer.Token);
        }
        catch (Exception exception)
        {
            await AnswerSendFailureAsync(context, route, exception, timer, content);
            return;
        }

        using (response)
        {
            context.Response.StatusCode = (int)response.StatusCode;
            CopyResponseHeaders(response, context.Response);
            foreach (var transform in route.ResponseTransforms)
            {
                transform.Apply(context, response);
            }
            context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

            try
            {
                await using var upstream = await response.Content.ReadAsStreamAsync(timer.Token);
                await StreamCopier.CopyAsync(upstream, context.Response.Body, timer, timer.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or IOException or HttpRequestException)
            {
                // The status line is already sent: break the connection so the client cannot take a cut body for a whole one.
                if (!timer.ClientAborted)
                {
                    logger.LogWarning("The response of {Cluster} for {Path} broke off: {Reason}", route.Cluster.Id, context.Request.Path,
                        timer.TimedOut ? "upstream went silent" : exception.Message);
                }
                context.Abort();
            }
        }
    }

    private HttpRequestMessage CreateRequest(
        HttpContext context, ProxyRoute route, Uri destination, ActivityTimer timer, out StreamingRequestContent? content)
    {
        var propagatesTrace = client.PropagatesTrace;
        var incoming = context.Request;
        var request = new HttpRequestMessage(HttpMethod.Parse(incoming.Method), (Uri?)null)
        {
            Version = HttpVersion.Version11,
            VersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
        };

        content = null;
        if (context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody ?? incoming.ContentLength > 0)
        {
            content = new StreamingRequestContent(incoming.Body, timer);
            request.Content = content;
        }

        foreach (var (name, values) in incoming.Headers)
        {
            if (ProxyHeaders.IsHopByHop(name, incoming.Headers, propagatesTrace) || name.Equals("Host", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            HttpHeaders? target = ProxyHeaders.IsContentHeader(name) ? request.Content?.Headers : request.Headers;
            if (values.Count == 1)
            {
                target?.TryAddWithoutValidation(name, values.ToString());
            }
            else
            {
                target?.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        var remoteAddress = context.Connection.RemoteIpAddress?.ToString();
        if (remoteAddress is not null)
        {
            request.Headers.Remove("X-Forwarded-For");
            var forwardedFor = incoming.Headers["X-Forwarded-For"].ToString();
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", forwardedFor.Length > 0 ? $"{forwardedFor}, {remoteAddress}" : remoteAddress);
        }
        request.Headers.Remove("X-Forwarded-Proto");
        request.Headers.TryAddWithoutValidation("X-Forwarded-Proto", incoming.Scheme);
        request.Headers.Remove("X-Forwarded-Host");
        request.Headers.TryAddWithoutValidation("X-Forwarded-Host", incoming.Host.Value);

        var transform = new RequestTransformContext(context, request);
        foreach (var step in route.RequestTransforms)
        {
            step.Apply(transform);
        }
        if (transform.UseOriginalHost)
        {
            request.Headers.Host = incoming.Host.Value;
        }

        // Built as a string: the path is already escaped once (ToUriComponent), and UriBuilder would escape it again.
        request.RequestUri = new Uri(destination.GetLeftPart(UriPartial.Authority) + destination.AbsolutePath.TrimEnd('/')
            + (transform.Path.HasValue ? transform.Path.ToUriComponent() : "/") + incoming.QueryString.ToUriComponent());
        return request;
    }

    /// <summary>Copies the upstream's headers as received (NonValidated: nothing is parsed on the way through).</summary>
    private static void CopyResponseHeaders(HttpResponseMessage response, HttpResponse outgoing)
    {
        var connection = response.Headers.NonValidated.TryGetValues("Connection", out var listed) ? listed.ToString() : "";
        foreach (var (name, values) in response.Headers.NonValidated)
        {
            if (!ProxyHeaders.IsHopByHop(name) && (connection.Length == 0 || !ProxyHeaders.Lists(connection, name)))
            {
                outgoing.Headers[name] = Values(values);
            }
        }
        foreach (var (name, values) in response.Content.Headers.NonValidated)
        {
            outgoing.Headers[name] = Values(values);
        }
    }

    private static Microsoft.Extensions.Primitives.StringValues Values(HeaderStringValues values) =>
        values.Count == 1 ? values.ToString() : values.ToArray();

    private async Task AnswerSendFailureAsync(HttpContext context, ProxyRoute route, Exception exception, ActivityTimer timer, StreamingRequestContent? content)
    {
        if (timer.ClientAborted)
        {
            return; // The client went away; nobody to answer.
        }

        if (FindBadRequest(content?.ClientBodyFailure ?? exception) is { } bad)
        {
            await ProblemAsync(context, bad.StatusCode, bad.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? "The request body is too large." : "The request body could not be read.", bad.Message);
            return;
        }

        if (content?.ClientBodyFailure is not null)
        {
            logger.LogInformation("Reading the client's body for {Path} failed: {Reason}", context.Request.Path, content.ClientBodyFailure.Message);
            context.Abort();
            return;
        }

        if (timer.TimedOut)
        {
            logger.LogWarning("{Cluster} did not answer {Method} {Path} within {Timeout}", route.Cluster.Id, context.Request.Method,
                context.Request.Path, route.Cluster.ActivityTimeout);
            await ProblemAsync(context, StatusCodes.Status504GatewayTimeout, "The upstream service did not answer in time.",
                $"'{route.Cluster.Id}' was silent for longer than {route.Cluster.ActivityTimeout.TotalSeconds:0.#} s.");
            return;
        }

        logger.LogWarning("Forwarding {Method} {Path} to {Cluster} failed: {Reason}", context.Request.Method, context.Request.Path,
            route.Cluster.Id, exception.Message);
        var detail = exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError }
            ? $"'{route.Cluster.Id}' refused the connection."
            : $"'{route.Cluster.Id}' could not be reached: {exception.Message}";
        await ProblemAsync(context, StatusCodes.Status502BadGateway, "The upstream service is unavailable.", detail);
    }

    private static BadHttpRequestException? FindBadRequest(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is BadHttpRequestException bad)
            {
                return bad;
            }
        }
        return null;
    }

    private async Task ProblemAsync(HttpContext context, int status, string title, string detail)
    {
        if (context.Response.HasStarted)
        {
            context.Abort();
            return;
        }
        context.Response.Clear();
        context.Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
