using AiVideo.ServiceDefaults.Authentication;
using AiVideo.ServiceDefaults.Health;
using AiVideo.ServiceDefaults.Http;
using AiVideo.ServiceDefaults.Problems;
using AiVideo.ServiceDefaults.Telemetry;
using Microsoft.Extensions.Http.Resilience;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// The defaults every service and the gateway start with, in the shape of the Aspire template's ServiceDefaults:
/// OpenTelemetry, health checks, service discovery and the standard resilience handler on every HttpClient, plus
/// problem+json for every error, and for services JWT validation, service tokens and an OpenAPI document.
/// </summary>
public static class Extensions
{
    /// <summary>Everything a service needs: the basic defaults, forwarded headers, JWT validation, service tokens and OpenAPI.</summary>
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
    /// Telemetry, health, problem details, service discovery and resilient HTTP clients, without authentication: the
    /// gateway's defaults (it validates tokens with its own, edge-specific setup).
    /// </summary>
    public static TBuilder AddBasicServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();
        builder.AddDefaultProblemDetails();
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler().SelectPipelineByAuthority();
            http.AddServiceDiscovery();
        });
        builder.AddResilienceSettings();
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
            // Only the document there is: another name would get the OpenAPI endpoint's own 404 in plain text, not a problem.
            app.MapOpenApi("/openapi/{documentName:regex(^v1$)}.json").AllowAnonymous();
        }
        return app;
    }

    /// <summary>Present when the host serves an OpenAPI document (services do, the gateway does not).</summary>
    private sealed class OpenApiDocumentMarker;
}
