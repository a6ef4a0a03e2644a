using AiVideo.Generation.Application.Providers;
using AiVideo.Generation.Infrastructure.Providers.Cloud;

namespace AiVideo.Generation.Infrastructure.Providers.Replicate;

/// <summary>
/// Scene pictures from a Replicate image model: the prompt (with the style, mood and brand colours in words), the
/// negative prompt, the scene's size and shape, and the reference picture or seed frame (as <c>{image}</c>) put into the
/// model's input template; the output downloaded and cropped to the scene's exact frame. One image is recorded per call.
/// </summary>
internal sealed class ReplicateImageGenerator(ProviderClient client, Predictions predictions, string version, PredictionInput input, ProviderMedia media)
    : IImageGenerator
{
    public async Task<GeneratedImage> GenerateAsync(ImageRequest request, MediaWorkspace workspace, IProgress<MediaProgress>? progress, CancellationToken cancellationToken)
    {
        var values = await Predictions.ValuesAsync(Prompt(request), request.NegativePrompt, request.Width, request.Height,
            input.Uses("image") ? request.ReferenceImagePath ?? request.SeedFramePath : null, null, request.Variation, cancellationToken);
        var output = await predictions.RunAsync(version, input.Render(values), new ProgressRange(progress, 0, 80), MediaStages.Image, cancellationToken);
        await client.RecordUsageAsync(client.Settings.ImageModel ?? version, 1, UsageUnits.Images, cancellationToken);
        var picture = workspace.NewFile("provider-image", ".img");
        await client.DownloadAsync(output, picture, cancellationToken);
        var fitted = await media.FitImageAsync(picture, request.Width, request.Height, workspace, cancellationToken);
        progress?.Report(new MediaProgress(MediaStages.Image, 100));
        return fitted;
    }

    private static string Prompt(ImageRequest request)
    {
        var parts = new List<string> { request.Prompt.Trim() };
        if (request.Style is { Length: > 0 } style)
        {
            parts.Add($"Style: {style}.");
        }
        if (request.Mood is { Length: > 0 } mood)
        {
            parts.Add($"Mood: {mood}.");
        }
        if (request.Brand?.Colors is { Count: > 0 } colors)
        {
            parts.Add($"Brand colours: {string.Join(", ", colors)}.");
        }
        return string.Join(' ', parts);
    }
}
