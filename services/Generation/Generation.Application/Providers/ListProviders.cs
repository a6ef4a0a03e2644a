namespace AiVideo.Generation.Application.Providers;

/// <summary>The providers configured here, what each makes (the kinds of job it has ports for) and their limits.</summary>
public sealed class ListProviders(ProviderCatalog catalog, IMediaProviders providers)
{
    public IReadOnlyList<ProviderView> Execute() =>
    [
        .. catalog.Names.Order().Select(name =>
        {
            var settings = catalog.Settings(name);
            return new ProviderView(name, name == catalog.DefaultProvider, KindsOf(name), settings.Models, settings.VideoSizes, settings.MinSeconds,
                settings.MaxSeconds, catalog.MaxConcurrency(name));
        }),
    ];

    private IReadOnlyList<string> KindsOf(string provider)
    {
        var kinds = new List<string>();
        void Add<TPort>(params string[] names) where TPort : class
        {
            try
            {
                providers.Get<TPort>(provider);
                kinds.AddRange(names);
            }
            catch (MediaProcessingException)
            {
                // The provider has no implementation of this port.
            }
        }
        Add<IStoryWriter>(JobKinds.Storyboard);
        Add<IImageGenerator>(JobKinds.Image);
        Add<IClipGenerator>(JobKinds.Clip);
        Add<IVideoComposer>(JobKinds.Final);
        Add<ITextToVideoGenerator>(JobKinds.TextToVideo, JobKinds.Remix);
        Add<IVideoTranscoder>(JobKinds.Transcode);
        return kinds;
    }
}
