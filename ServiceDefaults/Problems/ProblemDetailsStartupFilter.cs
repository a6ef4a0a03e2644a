using Microsoft.AspNetCore.Hosting;

namespace AiVideo.ServiceDefaults.Problems;

/// <summary>
/// Puts the forwarded-headers step, the exception handler, the status-code problem writer and the refusal of unknown charsets at the very start of every
/// pipeline, before anything that reads the request's scheme or host.
/// </summary>
internal sealed class ProblemDetailsStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseForwardedHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(UnknownCharsets.RefuseAsync);
        next(app);
    };
}
