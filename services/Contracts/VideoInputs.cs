namespace AiVideo.Contracts;

/// <summary>The files and settings a video is made from; which are set depends on the kind of video.</summary>
public sealed record VideoInputs(
    Guid? ImageFileId,
    IReadOnlyList<VideoClipInput> Clips,
    IReadOnlyList<NarrationLine> Narration,
    CaptionSettings? Captions,
    Guid? MusicFileId,
    double? MusicVolume,
    Guid? WatermarkFileId,
    Guid? SourceVideoFileId);
