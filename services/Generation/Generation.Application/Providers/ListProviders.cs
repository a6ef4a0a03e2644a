namespace AiVideo.Generation.Application.Providers;

/// <summary>The providers configured here: what each is and serves (the kinds of job its ports make), its models, limits and prices.</summary>
public sealed class ListProviders(ProviderCatalog catalog)
{
    public IReadOnlyList<ProviderView> Execute() =>
    [
        .. catalog.Names.Order(StringComparer.Ordinal).Select(name =>
        {
            var settings = catalog.Settings(name);
            var ports = catalog.PortsOf(name);
            var portModels = new Dictionary<string, string>();
            void Model(string port, string? model)
            {
                if (model is not null && ports.Contains(port))
                {
                    portModels[port] = model;
                }
            }
            Model(ProviderPorts.Story, settings.ChatModel);
            Model(ProviderPorts.Image, settings.ImageModel);
            Model(ProviderPorts.Clip, settings.ClipModel);
            Model(ProviderPorts.Speech, settings.SpeechModel);
            return new ProviderView(name, settings.TypeOr(name), name == catalog.DefaultProvider, ports, KindsOf(ports), settings.Models, portModels,
                settings.VideoSizes, settings.MinSeconds, settings.MaxSeconds, catalog.MaxConcurrency(name), settings.Cost);
        }),
    ];

    private static List<string> KindsOf(IReadOnlyList<string> ports) =>
    [
        .. JobKinds.All.Where(kind => ports.Contains(ProviderPorts.Of(kind))),
    ];
}
