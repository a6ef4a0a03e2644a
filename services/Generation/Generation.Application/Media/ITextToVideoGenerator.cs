namespace AiVideo.Generation.Application.Media;

/// <summary>Makes a whole video from a prompt in one call (a multi-shot local pipeline offline, a video model in the cloud).</summary>
public interface ITextToVideoGenerator
{
    Task<ComposedVideo> GenerateAsync(TextToVideoRequest request, MediaWorkspace workspace, IProgress<MediaProgress>? progress, CancellationToken cancellationToken);
}
