using AiVideo.Generation.Application.Providers;
using AiVideo.Generation.Infrastructure.Providers.Cloud;

namespace AiVideo.Generation.Infrastructure.Providers.Replicate;

/// <summary>
/// Scene clips from a Replicate image-to-video model: the scene picture (as <c>{image}</c>), the prompt and the scene's
/// length and shape put into the model's input template; the output downloaded and put in the local clip format at the
/// scene's frame and length (cut, or held on its last frame). The seconds of video the model made are recorded.
/// </summary>
internal sealed class ReplicateClipGenerator(ProviderClient client, Predictions predictions, string version, PredictionInput input, ProviderMedia media)
    : IClipGenerator
{
    public const string DefaultPrompt = "Bring this picture to life with gentle, natural motion.";

    public async Task<GeneratedClip> GenerateAsync(ClipRequest request, MediaWorkspace workspace, IProgress<MediaProgress>? progress, CancellationToken cancellationToken)
    {
        var values = await Predictions.ValuesAsync(string.IsNullOrWhiteSpace(request.Prompt) ? DefaultPrompt : request.Prompt.Trim(), null,
            request.Width, request.Height, input.Uses("image") ? request.ImagePath : null, request.DurationSeconds, request.Variation, cancellationToken);
        var output = await predictions.RunAsync(version, input.Render(values), new ProgressRange(progress, 0, 85), MediaStages.Clip, cancellationToken);
        var path = workspace.NewFile("provider-clip", ".mp4");
        await client.DownloadAsync(output, path, cancellationToken);
        var made = await media.ProbeAsync(path, cancellationToken);
        await client.RecordUsageAsync(client.Settings.ClipModel ?? version, (decimal)Math.Round(made.DurationSeconds, 3),
            UsageUnits.VideoSeconds, cancellationToken);
        return await media.NormaliseClipAsync(path, request, workspace, new ProgressRange(progress, 85, 100), cancellationToken);
    }
}
