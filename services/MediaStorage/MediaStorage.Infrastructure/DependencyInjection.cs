using AiVideo.BuildingBlocks.Idempotency;
using AiVideo.BuildingBlocks.Inbox;
using AiVideo.BuildingBlocks.Maintenance;
using AiVideo.BuildingBlocks.Outbox;
using AiVideo.BuildingBlocks.Persistence;
using AiVideo.MediaStorage.Application;
using AiVideo.MediaStorage.Application.Playback;
using AiVideo.MediaStorage.Application.Usage;
using AiVideo.MediaStorage.Infrastructure.Repositories;
using AiVideo.MediaStorage.Infrastructure.Storage;
using AiVideo.SharedKernel.Vocabulary;

namespace AiVideo.MediaStorage.Infrastructure;

public static class DependencyInjection
{
    /// <summary>The name this service's migrations are recorded under in <c>schema_migrations</c>.</summary>
    public const string MigrationsSource = "media";

    /// <summary>
    /// media-api's database (migrated at start-up), outbox, inbox and idempotency store; the storage backend chosen by
    /// <c>Storage:Provider</c> (bucket or folder created at start); the upload rules and the expiry sweep; the deleted
    /// projects, forgotten by the retention sweep after <c>Retention:DeletedProjects</c>.
    /// </summary>
    public static IHostApplicationBuilder AddMediaStorageInfrastructure(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<MediaContext>(ResourceNames.MediaDatabase, typeof(MediaContext).Assembly, MigrationsSource);
        builder.AddOutbox<MediaContext>();
        builder.AddInbox<MediaContext>();
        builder.AddIdempotency<MediaContext>();

        builder.Services.AddMediaApplication();
        builder.Services.AddOptions<MediaOptions>().BindConfiguration(MediaOptions.SectionName)
            .Validate(o => o.PartSize >= 5 * 1024 * 1024, "Media:PartSize is at least 5 MB (S3's smallest part).")
            .ValidateOnStart();
        builder.Services.AddOptions<QuotaOptions>().BindConfiguration(QuotaOptions.SectionName);

        var storage = builder.Configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName)
            .Validate(o => o.IsS3 || o.IsFileSystem, "Storage:Provider is 'filesystem' or 's3'.")
            .Validate(o => !o.IsS3 || (!string.IsNullOrEmpty(o.AccessKey) && !string.IsNullOrEmpty(o.SecretKey)), "The s3 storage needs Storage:AccessKey and Storage:SecretKey.")
            .Validate(o => !o.IsFileSystem || (o.SigningKey?.Length >= 32 && Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out _)),
                "The filesystem storage needs Storage:SigningKey (32+ characters) and Storage:PublicBaseUrl (where clients reach /storage).")
            .Validate(o => !o.IsS3 || string.IsNullOrEmpty(o.PublicBaseUrl) || IsOrigin(o.PublicBaseUrl),
                "Storage:PublicBaseUrl for the s3 storage is an origin such as https://media.example.com (scheme and host, no path).")
            .ValidateOnStart();
        if (storage.IsS3)
        {
            builder.Services.AddSingleton<IObjectStorage, S3ObjectStorage>();
        }
        else
        {
            builder.Services.AddSingleton<FileSystemUrlSigner>();
            builder.Services.AddSingleton<FileSystemObjectStorage>();
            builder.Services.AddSingleton<IObjectStorage>(services => services.GetRequiredService<FileSystemObjectStorage>());
            builder.Services.AddSingleton<ISelfServedStorage>(services => services.GetRequiredService<FileSystemObjectStorage>());
        }
        builder.Services.AddSingleton<IPlaybackSigner, PlaybackSigner>();
        builder.Services.AddSingleton<StorageReadiness>();
        builder.Services.AddHostedService<StorageStartup>();
        builder.Services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: ["ready"]);
        builder.Services.AddHostedService<UploadSweeper>();

        builder.Services.AddScoped<IUsage, EfUsage>();
        builder.Services.AddScoped<IFiles, EfFiles>();
        builder.Services.AddScoped<IUploads, EfUploads>();
        builder.Services.AddScoped<IDeletedProjects, EfDeletedProjects>();
        builder.Services.AddScoped<IRetentionSweep, DeletedProjectsSweep>();
        builder.Services.AddScoped<IUnitOfWork, EfUnitOfWork>();
        builder.Services.AddSingleton(typeof(IOwnUnitOfWork<>), typeof(OwnUnitOfWork<>));
        builder.Services.AddScoped<IIntegrationEvents, OutboxIntegrationEvents>();
        return builder;
    }

    private static bool IsOrigin(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
        && uri.AbsolutePath == "/" && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment);
}
