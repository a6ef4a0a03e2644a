namespace AiVideo.Generation.Application.Media;

/// <summary>Turns a still image into a short clip (a Ken Burns move offline, an image-to-video model in the cloud).</summary>
public interface IClipGenerator
{
    Task<GeneratedClip> GenerateAsync(ClipRequest request, MediaWorkspace workspace, IProgress<MediaProgress>? progress, CancellationToken cancellationToken);
}
