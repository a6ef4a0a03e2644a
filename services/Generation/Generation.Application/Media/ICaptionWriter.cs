namespace AiVideo.Generation.Application.Media;

/// <summary>Turns timed narration into caption lines with their own timings, written as WebVTT and SRT.</summary>
public interface ICaptionWriter
{
    Task<CaptionTrack> WriteAsync(IReadOnlyList<CaptionSegment> segments, MediaWorkspace workspace, CancellationToken cancellationToken);
}
