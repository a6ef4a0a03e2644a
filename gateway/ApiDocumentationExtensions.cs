namespace AiVideo.Gateway;

public static class ApiDocumentationExtensions
{
    /// <summary>
    /// A Swagger UI at <c>/docs</c> over every service's OpenAPI document, each fetched through the gateway's
    /// <c>/openapi/&lt;service&gt;/v1.json</c> route (section <c>ApiDocumentation:Services</c>).
    /// </summary>
    public static IApplicationBuilder UseApiDocumentation(this WebApplication app)
    {
        // The services' documents, whichever are routed, leave without internal addresses or internal routes.
        app.UseWhen(context => context.Request.Path.StartsWithSegments(Proxy.PublicOpenApiDocuments.Prefix),
            branch => branch.UseMiddleware<Proxy.PublicOpenApiDocuments>());

        var services = app.Configuration.GetSection("ApiDocumentation:Services").Get<string[]>() ?? [];
        if (services.Length == 0)
        {
            return app;
        }
        return app.UseSwaggerUI(ui =>
        {
            ui.RoutePrefix = "docs";
            ui.DocumentTitle = "AiVideo API";
            foreach (var service in services)
            {
                ui.SwaggerEndpoint($"/openapi/{service}/v1.json", $"{service}-api");
            }
        });
    }
}
