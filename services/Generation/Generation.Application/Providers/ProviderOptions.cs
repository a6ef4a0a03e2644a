namespace AiVideo.Generation.Application.Providers;

/// <summary>
/// Section <c>Generation</c>: the provider requests go to when they name none (<see cref="DefaultProvider"/>, or per port
/// <see cref="PortDefaults"/>), and each provider's settings. The offline <c>local</c> provider needs no settings:
/// <see cref="LocalDefaults"/> fill what configuration leaves out. Its models include the names OpenAI's video API uses
/// (<c>sora-2</c>, <c>sora-2-pro</c>), so clients written for that API work unchanged against it; the video it makes is the
/// local one.
/// </summary>
public sealed class ProviderOptions
{
    public const string SectionName = "Generation";

    public const string Local = "local";

    public string DefaultProvider { get; set; } = Local;

    /// <summary>The provider of a port (<see cref="ProviderPorts"/>) when neither the request nor the company names one, e.g. <c>clip: runway</c>.</summary>
    public Dictionary<string, string> PortDefaults { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, ProviderSettings> Providers { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public static ProviderSettings LocalDefaults() => new()
    {
        MaxConcurrency = Environment.ProcessorCount,
        Models = [Local, "sora-2", "sora-2-pro"],
        VideoSizes = ["1280x720", "720x1280", "1792x1024", "1024x1792", "1920x1080", "1080x1920", "1080x1080", "1080x1350", "1024x1024"],
        MinSeconds = 1,
        MaxSeconds = 120,
    };

    /// <summary>What a cloud provider has when configuration is silent.</summary>
    public static ProviderSettings CloudDefaults() => new()
    {
        MaxConcurrency = 4,
        VideoSizes = ["1280x720", "720x1280"],
        MinSeconds = 1,
        MaxSeconds = 20,
    };
}
