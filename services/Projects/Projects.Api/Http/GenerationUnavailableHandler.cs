using AiVideo.Projects.Application.Providers;
using Microsoft.AspNetCore.Diagnostics;

namespace AiVideo.Projects.Api.Http;

/// <summary>
/// generation-api could not be asked whether the provider a request names exists: 503 with <c>Retry-After</c>; nothing
/// was changed. The reason (which may name generation-api's internal address) goes to the log, not to the client.
/// </summary>
internal sealed class GenerationUnavailableHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not GenerationUnavailableException)
        {
            return false;
        }
        httpContext.Response.Headers.RetryAfter = "5";
        await httpContext.WriteProblemAsync(StatusCodes.Status503ServiceUnavailable, "The generation service is unavailable.",
            "Whether the provider the request names exists could not be checked; nothing was changed. Try again shortly.", exception);
        return true;
    }
}
