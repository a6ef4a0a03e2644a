using Microsoft.AspNetCore.Mvc;

namespace AiVideo.ServiceDefaults.Problems;

/// <summary>
/// The one way an answer becomes RFC 9457 problem+json: every service, the gateway and the building blocks write their
/// problems through here, so each carries the same <c>instance</c> and <c>traceId</c> (added by the problem details
/// service) and nothing else about the server.
/// </summary>
public static class ProblemResponses
{
    /// <summary>Answers with a problem of <paramref name="status"/>; a response already under way is aborted instead.</summary>
    public static async Task WriteProblemAsync(this HttpContext http, int status, string title, string? detail = null, Exception? exception = null)
    {
        if (http.Response.HasStarted)
        {
            http.Abort();
            return;
        }
        await http.WriteProblemAsync(new ProblemDetails { Status = status, Title = title, Detail = detail }, exception);
    }

    /// <summary>Answers with the given problem (its status, or 400 when it has none).</summary>
    public static async Task WriteProblemAsync(this HttpContext http, ProblemDetails problem, Exception? exception = null)
    {
        problem.Status ??= StatusCodes.Status400BadRequest;
        http.Response.StatusCode = problem.Status.Value;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails = problem,
        });
    }
}
