using AiVideo.MediaStorage.Api.Endpoints;
using AiVideo.MediaStorage.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace AiVideo.MediaStorage.Api;

public static class MediaApiExtensions
{
    public static IEndpointRouteBuilder MapMediaApi(this IEndpointRouteBuilder app)
    {
        app.MapUploadsApi();
        app.MapFilesApi();
        app.MapUsageApi();
        app.MapInternalApi();
        if (app.ServiceProvider.GetRequiredService<IOptions<StorageOptions>>().Value.IsFileSystem)
        {
            app.MapFileSystemStorage();
        }
        return app;
    }
}
