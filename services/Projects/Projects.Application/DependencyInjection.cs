using AiVideo.Projects.Application.Activity;
using AiVideo.Projects.Application.Brand;
using AiVideo.Projects.Application.Catalogue;
using AiVideo.Projects.Application.Files;
using AiVideo.Projects.Application.Pipeline;
using AiVideo.Projects.Application.Posts;
using AiVideo.Projects.Application.Projects;
using AiVideo.Projects.Application.Scenes;
using AiVideo.Projects.Application.Timeline;
using Microsoft.Extensions.DependencyInjection;

namespace AiVideo.Projects.Application;

public static class DependencyInjection
{
    /// <summary>Every use case of projects-api and the pieces they share (scoped: they share the request's or message's unit of work).</summary>
    public static IServiceCollection AddProjectsApplication(this IServiceCollection services)
    {
        Add(services,
            typeof(ProjectWork), typeof(FileChecks), typeof(FileRecords), typeof(GenerationContexts), typeof(PipelineEvents), typeof(PipelineStarts),
            typeof(PipelineResults), typeof(ProjectReferences), typeof(BrandAccess), typeof(CatalogueAccess),
            typeof(CreateProject), typeof(ListProjects), typeof(GetProject), typeof(UpdateProject), typeof(DeleteProject),
            typeof(RequestStoryboard), typeof(GenerateProject), typeof(RequestSceneImage), typeof(RequestSceneClip), typeof(RenderProject),
            typeof(ApplyStoryboard), typeof(ApplyStoredImage), typeof(ApplyReadyVideo), typeof(RememberStoredVideo), typeof(ApplyFailure), typeof(ApplyProgress),
            typeof(AddScene), typeof(EditScene), typeof(DeleteScene), typeof(ReorderScenes), typeof(SelectSceneAssets), typeof(ListScenes), typeof(GetScene),
            typeof(GetTimeline), typeof(SetTimeline), typeof(GetLayers), typeof(SetLayers),
            typeof(GetActivity), typeof(FollowProject),
            typeof(ListBrandAssets), typeof(GetBrandAsset), typeof(CreateBrandAsset), typeof(UpdateBrandAsset), typeof(DeleteBrandAsset),
            typeof(CreateCarModel), typeof(ListCarModels), typeof(GetCarModel), typeof(UpdateCarModel), typeof(DeleteCarModel),
            typeof(CreateCarVariant), typeof(ListCarVariants), typeof(GetCarVariant), typeof(UpdateCarVariant), typeof(DeleteCarVariant),
            typeof(AddCarMedia), typeof(ListCarMedia), typeof(GetCarMedia), typeof(DeleteCarMedia),
            typeof(CreatePost), typeof(ListPosts), typeof(GetPost), typeof(DeletePost));
        return services;
    }

    private static void Add(IServiceCollection services, params Type[] types)
    {
        foreach (var type in types)
        {
            services.AddScoped(type);
        }
    }
}
