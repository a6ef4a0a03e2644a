using Microsoft.AspNetCore.Http.Json;

namespace AiVideo.ServiceDefaults.Problems;

/// <summary>
/// Problems for EventSource subscribers: a browser's EventSource asks for <c>text/event-stream</c> only, which the
/// default problem writer refuses (it answers JSON only to clients accepting JSON), so a refused subscription (401, 404,
/// 400), or the gateway's 502 while the service behind it restarts, would become a 500. This writer answers such
/// requests with the same problem+json, customised as every other problem.
/// </summary>
internal sealed class EventStreamProblemWriter(IOptions<ProblemDetailsOptions> problems, IOptions<JsonOptions> json) : IProblemDetailsWriter
{
    private const string EventStream = "text/event-stream";

    public bool CanWrite(ProblemDetailsContext context) =>
        context.HttpContext.Request.GetTypedHeaders().Accept.Any(accepted => accepted.MediaType.Equals(EventStream, StringComparison.OrdinalIgnoreCase));

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        problems.Value.CustomizeProblemDetails?.Invoke(context);
        var problem = context.ProblemDetails;
        return new ValueTask(context.HttpContext.Response.WriteAsJsonAsync(problem, problem.GetType(), json.Value.SerializerOptions, "application/problem+json"));
    }
}
