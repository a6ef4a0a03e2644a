namespace AiVideo.MediaStorage.Domain.Media;

/// <summary>What sort of media a file is, as its bytes show.</summary>
public enum MediaKind
{
    Image,
    Video,
    Audio,
    Font,
    Model,

    /// <summary>Timed text: captions and subtitles (WebVTT).</summary>
    Captions,
}
