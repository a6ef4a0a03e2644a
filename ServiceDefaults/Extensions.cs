using AiVideo.ServiceDefaults.Authentication;
using AiVideo.ServiceDefaults.Health;
using AiVideo.ServiceDefaults.Http;
using AiVideo.ServiceDefaults.Problems;
using AiVideo.ServiceDefaults.Telemetry;

namespace Microsoft.Extensions.Hosting;

/// <summary>The defaults every service and the gateway start with, in the shape of an Aspire ServiceDefaults project.</summary>
public static class Extensions
{
    /// <summary>Everything a service needs: the basic defaults and JWT bearer validation against identity-api.</summary>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.AddBasicServiceDefaults();
        builder.AddDefaultAuthentication();
        return builder;
    }

    /// <summary>
    /// Telemetry, health, problem details, service discovery and resilient HTTP clients, without authentication: for
    /// the gateway, which forwards tokens to the services that check them instead of paying for authentication middleware
    /// on every request.
    /// </summary>
    public static TBuilder AddBasicServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.AddDefaultTelemetry();
        builder.AddDefaultHealthChecks();
        builder.AddDefaultProblemDetails();
        builder.AddServiceDiscovery();
        builder.AddDefaultHttpClients();
        return builder;
    }

    /// <summary>Maps <c>/health</c> (every check: ready) and <c>/alive</c> (liveness only), in every environment.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthEndpoints();
        return app;
    }
}
