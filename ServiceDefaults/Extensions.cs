using AiVideo.ServiceDefaults.Authentication;
using AiVideo.ServiceDefaults.Health;
using AiVideo.ServiceDefaults.Http;
using AiVideo.ServiceDefaults.Problems;
using AiVideo.ServiceDefaults.Telemetry;

namespace Microsoft.Extensions.Hosting;

/// <summary>The defaults every service and the gateway start with, in the shape of an Aspire ServiceDefaults project.</summary>
public static class Extensions
{
    /// <summary>
    /// Everything a service needs: the basic defaults, the client's scheme and host as the gateway forwards them, JWT
    /// bearer validation against identity-api, service tokens for calls to other services, and an OpenAPI document.
    /// </summary>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.AddBasicServiceDefaults();
        builder.AddForwardedHeaders();
        builder.AddDefaultAuthentication();
        builder.AddServiceTokens();
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton<OpenApiDocumentMarker>();
        return builder;
    }

    /// <summary>
    /// Telemetry, health, problem details, service discovery and resilient HTTP clients, without authentication: for
    /// the gateway, which forwards tokens to the services that check them instead of paying for authentication middleware
    /// on every request.
    /// </summary>
    /// <summary>Present when the host serves an OpenAPI document (services do, the gateway does not).</summary>
    private sealed class OpenApiDocumentMarker;

    public static TBuilder AddBasicServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.AddDefaultTelemetry();
        builder.AddDefaultHealthChecks();
        builder.AddDefaultProblemDetails();
        builder.AddServiceDiscovery();
        builder.AddDefaultHttpClients();
        return builder;
    }

    /// <summary>
    /// Maps <c>/health</c> (every check: ready) and <c>/alive</c> (liveness only), in every environment, and a service's
    /// OpenAPI document at <c>/openapi/v1.json</c> (the gateway serves them all under <c>/openapi/&lt;service&gt;/</c>).
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthEndpoints();
        if (app.Services.GetService<OpenApiDocumentMarker>() is not null)
        {
            app.MapOpenApi().AllowAnonymous();
        }
        return app;
    }
}
