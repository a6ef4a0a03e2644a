namespace AiVideo.Generation.Application.Media;

/// <summary>Speaks narration to an audio file (espeak-ng offline, a speech API in the cloud).</summary>
public interface ISpeechSynthesizer
{
    Task<SpokenNarration> SpeakAsync(SpeechRequest request, MediaWorkspace workspace, IProgress<MediaProgress>? progress, CancellationToken cancellationToken);
}
