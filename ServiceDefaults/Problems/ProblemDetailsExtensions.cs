using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;

namespace AiVideo.ServiceDefaults.Problems;

public static class ProblemDetailsExtensions
{
    /// <summary>
    /// Every error answers RFC 9457 problem+json: unhandled exceptions (a generic 500, no stack trace outside Development),
    /// unreadable requests (400 that says what could not be read), and bodiless error statuses such as 401, 404 and 405,
    /// also to clients that accept no JSON (an event stream, HTML, XML).
    /// </summary>
    public static IHostApplicationBuilder AddDefaultProblemDetails(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var http = context.HttpContext;
            context.ProblemDetails.Instance ??= http.Request.Path;
            context.ProblemDetails.Extensions.TryAdd("traceId", Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier);
        });
        builder.Services.AddSingleton<IProblemDetailsWriter, FallbackProblemWriter>();
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        // Minimal APIs throw on unreadable bodies and parameters instead of answering an empty 400, so the handler above can say why.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddTransient<IStartupFilter, ProblemDetailsStartupFilter>();
        return builder;
    }
}
