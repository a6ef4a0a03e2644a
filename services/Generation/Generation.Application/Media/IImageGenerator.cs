namespace AiVideo.Generation.Application.Media;

/// <summary>Renders a scene picture from a prompt (drawn offline, an image model in the cloud).</summary>
public interface IImageGenerator
{
    Task<GeneratedImage> GenerateAsync(ImageRequest request, MediaWorkspace workspace, IProgress<MediaProgress>? progress, CancellationToken cancellationToken);
}
