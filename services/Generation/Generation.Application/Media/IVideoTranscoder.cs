namespace AiVideo.Generation.Application.Media;

/// <summary>
/// Processes an uploaded video: probe, thumbnail, HLS ladder. An input that is not a readable video fails with
/// <see cref="MediaErrorCodes.UnreadableInput"/> (a permanent failure), never a hang.
/// </summary>
public interface IVideoTranscoder
{
    Task<TranscodedVideo> TranscodeAsync(TranscodeRequest request, MediaWorkspace workspace, IProgress<MediaProgress>? progress, CancellationToken cancellationToken);
}
