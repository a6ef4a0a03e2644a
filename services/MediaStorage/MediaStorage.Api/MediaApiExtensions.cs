using AiVideo.MediaStorage.Api.Endpoints;
using AiVideo.MediaStorage.Application.Playback;

namespace AiVideo.MediaStorage.Api;

public static class MediaApiExtensions
{
    /// <summary>What the endpoints need beyond the infrastructure: the origin links back to media-api are made for.</summary>
    public static IHostApplicationBuilder AddMediaApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<IPublicOrigin, RequestOrigin>();
        return builder;
    }

    public static IEndpointRouteBuilder MapMediaApi(this IEndpointRouteBuilder app)
    {
        app.MapUploadsApi();
        app.MapFilesApi();
        app.MapUsageApi();
        app.MapPlaybackApi();
        app.MapInternalApi();
        if (app.ServiceProvider.GetService<ISelfServedStorage>() is not null)
        {
            app.MapFileSystemStorage();
        }
        return app;
    }
}
