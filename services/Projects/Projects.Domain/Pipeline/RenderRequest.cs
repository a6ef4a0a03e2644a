using AiVideo.Projects.Domain.Projects;

namespace AiVideo.Projects.Domain.Pipeline;

/// <summary>
/// Asks for the final video (<c>VideoRequested</c> of kind <c>final</c>): the clips in play order with their trims, the
/// narration lines and voice, captions (settings and timed caption layers), audio tracks (the audio layers, else the project's music), and whether to add the company's
/// logo (the caller adds the logo file from the brand kit).
/// </summary>
public sealed record RenderRequest(
    Guid RequestId,
    Guid ProjectId,
    Guid CompanyId,
    Guid UserId,
    int Width,
    int Height,
    int Fps,
    IReadOnlyList<RenderClip> Clips,
    IReadOnlyList<RenderNarration> Narration,
    NarrationVoice? Voice,
    CaptionSettings Captions,
    IReadOnlyList<RenderCaption> CaptionLayers,
    IReadOnlyList<RenderMusic> Audio,
    bool Watermark) : GenerationRequest(RequestId, ProjectId, CompanyId, UserId)
{
    /// <summary>Every local clip is made at this frame rate, so that stitching is a stream copy.</summary>
    public const int DefaultFps = 30;

    /// <summary>How long the final video lasts: the clips as cut.</summary>
    public double TotalSeconds => Clips.Sum(c => c.DurationSeconds);
}
