using AiVideo.Generation.Application.Jobs;
using AiVideo.Generation.Application.Jobs.Handlers;
using AiVideo.Generation.Application.Providers;
using AiVideo.Generation.Application.Videos;
using Microsoft.Extensions.DependencyInjection;

namespace AiVideo.Generation.Application;

public static class DependencyInjection
{
    /// <summary>The generation use cases, the job handlers of every kind, and the provider catalog.</summary>
    public static IServiceCollection AddGenerationApplication(this IServiceCollection services)
    {
        services.AddSingleton<ProviderCatalog>();
        services.AddSingleton<VideoRules>();
        services.AddScoped<ListProviders>();
        services.AddScoped<Usage.GenerationAllowance>();
        services.AddScoped<Usage.GetGenerationUsage>();
        services.AddSingleton<Usage.RecordProviderCall>();
        services.AddScoped<Companies.GetCompanyProvider>();
        services.AddScoped<Companies.SetCompanyProvider>();
        services.AddScoped<Companies.AssignCompanyPlan>();
        services.AddScoped<JobInputs>();
        services.AddScoped<BrandFiles>();
        services.AddScoped<IJobHandler, StoryboardJobHandler>();
        services.AddScoped<IJobHandler, ImageJobHandler>();
        services.AddScoped<IJobHandler, ClipJobHandler>();
        services.AddScoped<IJobHandler, FinalVideoJobHandler>();
        services.AddScoped<IJobHandler, TextToVideoJobHandler>();
        services.AddScoped<IJobHandler, TranscodeJobHandler>();
        services.AddScoped<RunJob>();
        services.AddScoped<EnqueueJob>();
        services.AddScoped<ClaimJob>();
        services.AddScoped<RenewJob>();
        services.AddScoped<CompleteJob>();
        services.AddScoped<FailJob>();
        services.AddScoped<ReleaseJob>();
        services.AddScoped<CancelGeneration>();
        services.AddScoped<CancelProjectJobs>();
        services.AddScoped<GetGeneration>();
        services.AddScoped<CreateVideo>();
        services.AddScoped<RemixVideo>();
        services.AddScoped<GetVideo>();
        services.AddScoped<ListVideos>();
        services.AddScoped<DeleteVideo>();
        services.AddScoped<ReadVideoContent>();
        return services;
    }
}
