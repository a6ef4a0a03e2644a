using AiVideo.Projects.Api.Endpoints;

namespace AiVideo.Projects.Api;

public static class ProjectsApiExtensions
{
    /// <summary>
    /// What the HTTP surface needs besides the infrastructure: media-api being unavailable answered as 503.
    /// </summary>
    public static IHostApplicationBuilder AddProjectsApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddExceptionHandler<MediaUnavailableHandler>();
        builder.Services.AddExceptionHandler<GenerationUnavailableHandler>();
        return builder;
    }

    public static IEndpointRouteBuilder MapProjectsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapProjectsApi();
        app.MapPipelineApi();
        app.MapScenesApi();
        app.MapTimelineApi();
        app.MapActivityApi();
        app.MapBrandApi();
        app.MapCatalogueApi();
        app.MapPostsApi();
        return app;
    }
}
