namespace AiVideo.Contracts;

/// <summary>
/// The files and settings a video is made from; which are set depends on the kind of video. Narration lines are spoken
/// at the start of the clip of their scene; music is ducked under them when <paramref name="DuckMusic"/>. A final video
/// may also carry the user's timed captions (<paramref name="CaptionCues"/>) and every audio track
/// (<paramref name="AudioTracks"/>; the music fields repeat the first one for generators that take a single track).
/// </summary>
public sealed record VideoInputs(
    Guid? ImageFileId,
    IReadOnlyList<VideoClipInput> Clips,
    IReadOnlyList<NarrationLine> Narration,
    CaptionSettings? Captions,
    Guid? MusicFileId,
    double? MusicVolume,
    Guid? WatermarkFileId,
    Guid? SourceVideoFileId,
    bool DuckMusic = true,
    int Variation = 0,
    IReadOnlyList<CaptionCue>? CaptionCues = null,
    IReadOnlyList<AudioTrack>? AudioTracks = null);
