using Microsoft.AspNetCore.Http.Json;

namespace AiVideo.ServiceDefaults.Problems;

/// <summary>
/// Problems for clients that accept no JSON: the default writer answers only clients accepting JSON, so a browser's
/// EventSource (<c>text/event-stream</c> only), a page asking for HTML or a client asking for XML would get an empty 500
/// ("Unable to find a registered IProblemDetailsWriter") instead of its 401, 404 or 400. Registered after the default
/// writer, this one takes every problem the default declines and answers it with the same problem+json, customised as
/// every other problem (an error needs no negotiation; RFC 9110 lets a server answer a representation not asked for).
/// </summary>
internal sealed class FallbackProblemWriter(IOptions<ProblemDetailsOptions> problems, IOptions<JsonOptions> json) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        problems.Value.CustomizeProblemDetails?.Invoke(context);
        var problem = context.ProblemDetails;
        return new ValueTask(context.HttpContext.Response.WriteAsJsonAsync(problem, problem.GetType(), json.Value.SerializerOptions, "application/problem+json"));
    }
}
