using AiVideo.Projects.Application.Files;
using Microsoft.AspNetCore.Diagnostics;

namespace AiVideo.Projects.Api.Http;

/// <summary>
/// media-api could not be asked about a file the request names: 503 with <c>Retry-After</c>; nothing was changed. The
/// reason (which may name media-api's internal address) goes to the log with the exception, not to the client.
/// </summary>
internal sealed class MediaUnavailableHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not MediaUnavailableException unavailable)
        {
            return false;
        }
        httpContext.Response.Headers.RetryAfter = "5";
        await httpContext.WriteProblemAsync(StatusCodes.Status503ServiceUnavailable, "The media service is unavailable.",
            "Whether the files the request names belong to your company could not be checked; nothing was changed. Try again shortly.",
            exception);
        return true;
    }
}
