namespace AiVideo.Generation.Application.Media;

/// <summary>
/// What a final video is stitched from: clips in timeline order, narration at their offsets, optional music, a watermark
/// image and captions (burned into the picture when <paramref name="BurnCaptions"/>, else delivered beside as WebVTT).
/// </summary>
public sealed record CompositionRequest(
    IReadOnlyList<TimelineClip> Clips,
    IReadOnlyList<NarrationPlacement>? Narration = null,
    MusicBed? Music = null,
    string? WatermarkPath = null,
    CaptionTrack? Captions = null,
    bool BurnCaptions = false,
    CaptionStyle? CaptionStyle = null);
