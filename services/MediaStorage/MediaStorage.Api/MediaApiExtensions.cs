using AiVideo.MediaStorage.Api.Endpoints;

namespace AiVideo.MediaStorage.Api;

public static class MediaApiExtensions
{
    public static IEndpointRouteBuilder MapMediaApi(this IEndpointRouteBuilder app)
    {
        app.MapUploadsApi();
        app.MapFilesApi();
        app.MapUsageApi();
        app.MapInternalApi();
        if (app.ServiceProvider.GetService<ISelfServedStorage>() is not null)
        {
            app.MapFileSystemStorage();
        }
        return app;
    }
}
