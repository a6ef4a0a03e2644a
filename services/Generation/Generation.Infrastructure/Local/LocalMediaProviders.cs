using AiVideo.Generation.Infrastructure.Local.Captions;
using AiVideo.Generation.Infrastructure.Local.Clips;
using AiVideo.Generation.Infrastructure.Local.Composition;
using AiVideo.Generation.Infrastructure.Local.Images;
using AiVideo.Generation.Infrastructure.Local.Probing;
using AiVideo.Generation.Infrastructure.Local.Speech;
using AiVideo.Generation.Infrastructure.Local.Story;
using AiVideo.Generation.Infrastructure.Local.Transcoding;

namespace AiVideo.Generation.Infrastructure.Local;

/// <summary>Registers the offline (<c>local</c>) media providers behind the application's media ports.</summary>
public static class LocalMediaProviders
{
    /// <summary>The provider name the local implementations are registered under as keyed services.</summary>
    public const string Name = "local";

    /// <summary>
    /// Binds <see cref="LocalMediaOptions"/> from <c>Providers:Local</c> (validated at start: tools, font, limits) and
    /// registers the local providers as singletons, both as the default implementation of each port and as keyed
    /// services named <see cref="Name"/> (so cloud providers can be added under their own names later), plus the
    /// workspace factory.
    /// </summary>
    public static IServiceCollection AddLocalMediaProviders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LocalMediaOptions>().Bind(configuration.GetSection(LocalMediaOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<LocalMediaOptions>, LocalMediaOptionsValidator>();
        services.AddSingleton<LocalTools>();
        services.AddSingleton<ToolRunner>();
        services.AddSingleton<IMediaWorkspaces, TemporaryMediaWorkspaces>();

        Add<IStoryWriter, LocalStoryWriter>(services);
        Add<IImageGenerator, LocalImageGenerator>(services);
        Add<IClipGenerator, LocalClipGenerator>(services);
        Add<ISpeechSynthesizer, LocalSpeechSynthesizer>(services);
        Add<ICaptionWriter, LocalCaptionWriter>(services);
        Add<IMediaProbe, FfprobeMediaProbe>(services);
        Add<IVideoComposer, LocalVideoComposer>(services);
        Add<IVideoTranscoder, LocalVideoTranscoder>(services);
        Add<ITextToVideoGenerator, LocalTextToVideoGenerator>(services);
        return services;
    }

    private static void Add<TPort, TLocal>(IServiceCollection services) where TPort : class where TLocal : class, TPort
    {
        services.AddSingleton<TLocal>();
        services.AddKeyedSingleton<TPort>(Name, (provider, _) => provider.GetRequiredService<TLocal>());
        services.AddSingleton<TPort>(provider => provider.GetRequiredService<TLocal>());
    }
}
