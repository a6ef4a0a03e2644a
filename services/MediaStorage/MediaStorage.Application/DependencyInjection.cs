using AiVideo.MediaStorage.Application.Usage;
using Microsoft.Extensions.DependencyInjection;

namespace AiVideo.MediaStorage.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddMediaApplication(this IServiceCollection services)
    {
        services.AddScoped<GetUsage>();
        return services;
    }
}
