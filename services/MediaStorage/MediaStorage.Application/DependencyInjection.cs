using AiVideo.MediaStorage.Application.Files;
using AiVideo.MediaStorage.Application.Uploads;
using AiVideo.MediaStorage.Application.Usage;
using Microsoft.Extensions.DependencyInjection;

namespace AiVideo.MediaStorage.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddMediaApplication(this IServiceCollection services)
    {
        services.AddScoped<FileRequestRules>();
        services.AddScoped<StoredObjectVerifier>();
        services.AddScoped<UploadCleaner>();
        services.AddScoped<FileRemover>();
        services.AddScoped<CreateUpload>();
        services.AddScoped<CompleteUpload>();
        services.AddScoped<AbortUpload>();
        services.AddScoped<ExpireUploads>();
        services.AddScoped<UploadWrites>();
        services.AddScoped<UploadFile>();
        services.AddScoped<DirectUploadJournal>();
        services.AddScoped<GetFile>();
        services.AddScoped<ListFiles>();
        services.AddScoped<DeleteFile>();
        services.AddScoped<ReadFileContent>();
        services.AddScoped<DeleteProjectFiles>();
        services.AddScoped<GetUsage>();
        services.AddScoped<StorageQuotas>();
        services.AddScoped<AssignCompanyPlan>();
        services.AddScoped<RequestOutputs>();
        services.AddScoped<Projects.DeletedProjectRule>();
        services.AddScoped<Playback.PlaybackLinks>();
        services.AddScoped<Playback.ReadPlaylist>();
        services.AddScoped<Playback.StoreRendition>();
        services.AddScoped<Playback.FinishVideoProcessing>();
        services.AddScoped<Playback.FailVideoProcessing>();
        return services;
    }
}
