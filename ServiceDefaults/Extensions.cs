using AiVideo.ServiceDefaults.Authentication;
using AiVideo.ServiceDefaults.Health;
using AiVideo.ServiceDefaults.Http;
using AiVideo.ServiceDefaults.Problems;
using AiVideo.ServiceDefaults.Telemetry;

namespace Microsoft.Extensions.Hosting;

/// <summary>The defaults every service and the gateway start with, in the shape of an Aspire ServiceDefaults project.</summary>
public static class Extensions
{
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.AddDefaultTelemetry();
        builder.AddDefaultHealthChecks();
        builder.AddDefaultProblemDetails();
        builder.AddServiceDiscovery();
        builder.AddDefaultHttpClients();
        builder.AddDefaultAuthentication();
        return builder;
    }

    /// <summary>Maps <c>/health</c> (every check: ready) and <c>/alive</c> (liveness only), in every environment.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthEndpoints();
        return app;
    }
}
