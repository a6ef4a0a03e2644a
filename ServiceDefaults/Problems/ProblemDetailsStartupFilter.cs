using Microsoft.AspNetCore.Hosting;

namespace AiVideo.ServiceDefaults.Problems;

/// <summary>Puts the exception handler and the status-code problem writer at the very start of every pipeline.</summary>
internal sealed class ProblemDetailsStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        next(app);
    };
}
