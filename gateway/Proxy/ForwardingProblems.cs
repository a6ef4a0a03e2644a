using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Model;

namespace AiVideo.Gateway.Proxy;

/// <summary>
/// After YARP forwarded (or failed to), answers a forwarding failure that happened before the response started as
/// problem+json: no destination 503, a body over the route's limit 413, an upstream silent past the cluster's activity
/// timeout 504, refused or unreachable 502. Details name the cluster, never an address.
/// </summary>
internal sealed class ForwardingProblems(RequestDelegate next, ILogger<ForwardingProblems> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);
        if (context.GetForwarderErrorFeature() is not { } failure || context.Response.HasStarted || context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        var cluster = context.GetReverseProxyFeature().Cluster?.Config;
        var clusterId = cluster?.ClusterId ?? "the service";
        if (FindBadRequest(failure.Exception) is { } bad)
        {
            await context.WriteProblemAsync(bad.StatusCode,
                bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request body is too large." : "The request body could not be read.",
                bad.Message);
            return;
        }

        switch (failure.Error)
        {
            case ForwarderError.NoAvailableDestinations:
                await context.WriteProblemAsync(StatusCodes.Status503ServiceUnavailable, "No destination is available.",
                    $"'{clusterId}' has no destination to send the request to.");
                break;
            case ForwarderError.RequestTimedOut:
                var timeout = cluster?.HttpRequest?.ActivityTimeout ?? TimeSpan.FromSeconds(100);
                logger.LogWarning("{Cluster} did not answer {Method} {Path} within {Timeout}", clusterId, context.Request.Method, context.Request.Path, timeout);
                await context.WriteProblemAsync(StatusCodes.Status504GatewayTimeout, "The upstream service did not answer in time.",
                    $"'{clusterId}' was silent for longer than {timeout.TotalSeconds:0.#} s.");
                break;
            case ForwarderError.Request:
                logger.LogWarning("Forwarding {Method} {Path} to {Cluster} failed: {Reason}", context.Request.Method, context.Request.Path,
                    clusterId, failure.Exception?.Message);
                await context.WriteProblemAsync(StatusCodes.Status502BadGateway, "The upstream service is unavailable.",
                    failure.Exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError }
                        ? $"'{clusterId}' refused the connection."
                        : $"'{clusterId}' could not be reached.");
                break;
            case ForwarderError.RequestBodyClient or ForwarderError.RequestBodyCanceled:
                context.Abort();
                break;
            default:
                logger.LogWarning("Forwarding {Method} {Path} to {Cluster} failed ({Error}): {Reason}", context.Request.Method, context.Request.Path,
                    clusterId, failure.Error, failure.Exception?.Message);
                await context.WriteProblemAsync(StatusCodes.Status502BadGateway, "The upstream service failed.", $"'{clusterId}' did not answer properly.");
                break;
        }
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
}
