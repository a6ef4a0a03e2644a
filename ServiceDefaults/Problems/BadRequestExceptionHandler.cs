using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace AiVideo.ServiceDefaults.Problems;

/// <summary>Turns a request the framework could not read (malformed JSON, a wrong parameter, a body too large) into a problem that says why.</summary>
internal sealed class BadRequestExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }
        await httpContext.WriteProblemAsync(bad.StatusCode,
            bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request body is too large." : "The request could not be read.",
            Describe(bad), exception);
        return true;
    }

    private static string Describe(BadHttpRequestException exception) => exception.InnerException switch
    {
        JsonException json => $"{exception.Message} {json.Message}",
        FormatException format => $"{exception.Message} {format.Message}",
        _ => exception.Message,
    };
}
