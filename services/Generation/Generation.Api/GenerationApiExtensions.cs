using AiVideo.Generation.Api.Endpoints;

namespace AiVideo.Generation.Api;

public static class GenerationApiExtensions
{
    /// <summary>The generation service's HTTP surface: jobs by request id, videos in both shapes, providers.</summary>
    public static IEndpointRouteBuilder MapGenerationApi(this IEndpointRouteBuilder app)
    {
        app.MapGenerationsApi();
        app.MapVideosApi();
        app.MapOpenAiVideosApi();
        app.MapProvidersApi();
        return app;
    }
}
