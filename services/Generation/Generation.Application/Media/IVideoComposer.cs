namespace AiVideo.Generation.Application.Media;

/// <summary>Stitches clips, narration, music, watermark and captions into the final video.</summary>
public interface IVideoComposer
{
    Task<ComposedVideo> ComposeAsync(CompositionRequest request, MediaWorkspace workspace, IProgress<MediaProgress>? progress, CancellationToken cancellationToken);
}
