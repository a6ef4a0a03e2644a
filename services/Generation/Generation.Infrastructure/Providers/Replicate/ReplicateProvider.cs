using AiVideo.Generation.Infrastructure.Providers.Cloud;

namespace AiVideo.Generation.Infrastructure.Providers.Replicate;

/// <summary>
/// Replicate's predictions API (<c>https://api.replicate.com/v1/</c>, the token as <c>Authorization: Bearer</c>): scene
/// pictures with the model version in <c>Parameters:ImageVersion</c>, scene clips with the one in
/// <c>Parameters:ClipVersion</c> (a port is served only when its version is configured). Each model's input is written
/// by a template (<c>Parameters:ImageInput</c>, <c>Parameters:ClipInput</c>: see <see cref="PredictionInput"/>), since
/// every model names its inputs its own way.
/// </summary>
internal static class ReplicateProvider
{
    public const string ImageVersion = "ImageVersion";
    public const string ClipVersion = "ClipVersion";
    public const string ImageInput = "ImageInput";
    public const string ClipInput = "ClipInput";

    /// <summary>The image input of FLUX-style models: the prompt, the scene's aspect ratio, a PNG.</summary>
    public const string DefaultImageInput = """{"prompt": "{prompt}", "aspect_ratio": "{aspect_ratio}", "output_format": "png"}""";

    /// <summary>The clip input of image-to-video models that take an <c>image</c> and a <c>prompt</c>.</summary>
    public const string DefaultClipInput = """{"prompt": "{prompt}", "image": "{image}"}""";

    public static Uri DefaultBaseUrl { get; } = new("https://api.replicate.com/v1/");

    public static void Register(CloudProviderRegistration provider)
    {
        var parameters = provider.Settings.Parameters;
        if (Configured(ImageVersion) is { } imageVersion)
        {
            provider.Settings.ImageModel ??= ModelOf(imageVersion);
            var template = PredictionInput.Parse(Configured(ImageInput) ?? DefaultImageInput, $"{provider.Name}:Parameters:{ImageInput}");
            provider.AddPort<IImageGenerator>((services, client) => new ReplicateImageGenerator(client, new Predictions(client), imageVersion, template,
                services.GetRequiredService<ProviderMedia>()));
        }
        if (Configured(ClipVersion) is { } clipVersion)
        {
            provider.Settings.ClipModel ??= ModelOf(clipVersion);
            var template = PredictionInput.Parse(Configured(ClipInput) ?? DefaultClipInput, $"{provider.Name}:Parameters:{ClipInput}");
            provider.AddPort<IClipGenerator>((services, client) => new ReplicateClipGenerator(client, new Predictions(client), clipVersion, template,
                services.GetRequiredService<ProviderMedia>()));
        }

        string? Configured(string parameter) => parameters.TryGetValue(parameter, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
    }

    /// <summary>The model a version belongs to (<c>owner/name</c> of <c>owner/name:version</c>), else the version itself: the port's model unless one is configured.</summary>
    public static string ModelOf(string version) => version.Split(':')[0];
}
